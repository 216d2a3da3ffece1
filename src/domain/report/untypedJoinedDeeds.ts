// 昨天检查了财务科，同时约谈了孙丽 · …廉政谈话，之后组织宣文部学习 · …谈心，随后开了会 (round 27b, K2: the talk stored at
// once, the check, study or meeting beside it gone without a word): a clause that tells a check, a meeting or a study with no
// type word of its own is no part of the typed record beside it, so a message holding one is never recorded at once.
import { directoryIndex } from './parseDirectoryIndex.js';
import { findKinds } from './parseKind.js';
import { symposiumOnVisit } from './symposium.js';
import { gatheringPassesSpirit } from './conferenceAtGathering.js';
import { unitMeetingStudied } from './headsUnitMeeting.js';
import { CHECK_TYPE_CODES, type ActivityTypeCode } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** What may open the clause before its verb: a joiner, an adverb, a day or a time of day. */
const OPENING =
  /^(?:同时|顺带|顺便|之后|随后|然后|并且|并|另外|此外|接着|会后|后来|紧接着)?(?:又|还|也|再)?(?:今天|今日|昨天|昨日|昨儿|前天|大前天|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}\.\d{1,2}|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天])?(?:上午|下午|晚上|中午)?(?:又|还|也|再)?/;

/** A deed the clause opens with, of a kind no type word names. Each knows the words it names the deed by on the card. */
const DEEDS: { re: RegExp; words: string; types: ReadonlySet<ActivityTypeCode> }[] = [
  {
    // 检查了财务科 · 对组联部进行了检查 · 开展了检查 · 到康复中心抽查
    re: /^(?:(?:对|到|去|赴|深入)[^，,。；;]{1,8}?)?(?:(?:进行|开展)了?(?:一次|一下)?)?(?:检查|督查|抽查|巡查|暗访)/,
    words: '检查',
    types: new Set(CHECK_TYPE_CODES),
  },
  {
    // 开了会 · 开了个会 · 召开了会议 · 开了党组会
    re: /^(?:组织[^，,。；;]{0,6}?)?(?:(?:组织|主持)?召开了?|开了?)[^，,。；;]{0,8}?会/,
    words: '会议',
    types: new Set(['meeting_special', 'meeting_dept', 'review_analysis']),
  },
  {
    // 组织中心学习 · 组织了学习 · 学习了一下
    re: /^(?:组织了?[^，,。；;]{0,8}?学习|(?:开展|进行)了?(?:集中)?学习|学习了)/,
    words: '学习',
    types: new Set(['edu_integrity', 'edu_warning', 'edu_lecture']),
  },
  {
    // 集中学习财经纪律有关规定 · 科务会集中学习了… · 办公室专题学习了… (round 32b, F1: dropped without a word beside a talk told
    // in its own sentence): a 集中/专题 study, maybe after the meeting, unit or people that held it, is a study held too;
    // a recorded meeting stands for it (…工作会议，专题学习“清廉残联”建设方案 is that meeting's agenda).
    re: /^(?:[\u4e00-\u9fa5]{1,5}?(?:会上?|会议上|科|部|室|中心|支部|党员|干部|职工))?(?:集中|专题)学习/,
    words: '学习',
    types: new Set(['edu_integrity', 'edu_warning', 'edu_lecture', 'meeting_special', 'meeting_dept', 'review_analysis']),
  },
];

/**
 * The deeds of `text` (the entries read as reports) told in a clause of their own with no type word, that none of
 * `reports` can stand for: no record of a type the deed may be, or, for a check naming a department, none that visited
 * it. Each is given by a fixed word (检查 · 会议 · 学习) for the card, never by the member's words. Empty when none.
 */
export function untypedJoinedDeeds(text: string, reports: readonly ParsedReport[], directory: Directory): string[] {
  const index = directoryIndex(directory);
  const out: string[] = [];
  let end = 0;
  for (const clause of text.split(/[，,。；;！!？?\n]/)) {
    end += clause.length + 1;
    const body = clause.trim();
    if (body === '' || findKinds(body).length > 0) continue;
    const rest = body.slice(OPENING.exec(body)![0].length);
    const deed = DEEDS.find((d) => d.re.test(rest));
    if (!deed) continue;
    // …到宣文部督查…，并召开座谈会听取了汇报: the 座谈会 of a visit is the visit's, no meeting of its own.
    if (deed.words === '会议' && /座谈/.test(rest) && symposiumOnVisit(text)) continue;
    // 召开全体干部职工大会，传达学习…大会精神 (round 48 ftf): the gathering is the 廉政教育 read from the spirit it passed on.
    // 召开科室会议，学习… (round 48 ftf): a unit's own meeting is the study told after it.
    const studied = deed.words === '会议' && (gatheringPassesSpirit(body, text, end - 1) || unitMeetingStudied(body, text, end - 1)) && reports.some((r) => r.draft.type === 'edu_integrity' || r.draft.type === 'edu_warning');
    if (studied) continue;
    const departments = [...body.matchAll(index.surfaces)].flatMap((m) => {
      const d = index.departmentBySurface.get(m[0]);
      return d ? [d.id] : [];
    });
    const fits = reports.filter((r) => r.draft.type !== undefined && deed.types.has(r.draft.type));
    const visited = (r: ParsedReport) => [r.draft.departmentId, ...(r.draft.departmentIds ?? [])];
    const covered =
      deed.words === '检查' && departments.length > 0
        ? departments.every((id) => fits.some((r) => visited(r).includes(id)))
        : fits.length > 0;
    if (!covered && !out.includes(deed.words)) out.push(deed.words);
  }
  if (!out.includes('谈话') && talkToSomeoneUnrecorded(text, reports, index)) out.push('谈话');
  return out;
}

/**
 * 还有一次是和新来的实习生 · 还和新来的实习生谈了一次 (round 36, t36b F4: the third of 共3次 talks, with someone not in the
 * directory and no day, gone without a word): a talk with someone the directory does not know, told in a clause of no type
 * word, that no record took and no question asks about.
 */
// 同时进行了廉政谈话 (round 56, fgf, t58a F3: 「谈话」 named as left over beside the talks on the card): 同时 · 同样 · 同期 is
// no 同 of whom a talk is with.
const TALK_WITH = /(?:和|与|跟|同(?![志事学时样期步一])|找)([^,;。!?和与跟找]{2,12}?)(?:进行了?|开展了?|也|又|分别|单独)?(?:谈话|谈心|谈了|谈过|聊了|聊)/;
/** 还有一次是和X · 另一次是与X: a counted talk's other occasion, its verb left to the count before it. */
const ONE_MORE_WITH = /(?:还有|另有|另外)?(?:一|1)次(?:是)?(?:和|与|跟|同)([^,;。!?]{2,12})$/;
/** Whom a talk clause may name that is no one unknown: the sender, a pronoun, a group word, a count of people, a post. */
const KNOWN_OTHER = /^(?:我|本人|他|她|其|大家|全体|各|分管|班子|党组|科室|部门|中层|[两二三四五六七八九十几\d]+(?:位|名|个|人))|负责人|领导|书记|理事长|部长|主任|科长|同志们|全体|党员|干部|职工们/;
/** What asks about the other side of a talk: an answer takes it. */
const ASKS_WHOM = new Set(['missing_counterpart', 'unknown_counterpart', 'ambiguous_counterpart']);

function talkToSomeoneUnrecorded(text: string, reports: readonly ParsedReport[], index: ReturnType<typeof directoryIndex>): boolean {
  if (reports.some((r) => r.problems.some((p) => ASKS_WHOM.has(p.code)))) return false;
  // 和教育就业部的一位科员谈心 answered 「陈静」: someone not named in the text was taken from an answer, so the talk is read.
  const answered = (id: string) => !text.includes(index.directory.person(id)?.name ?? id);
  if (reports.some((r) => r.draft.counterpartIds.some(answered))) return false;
  let end = 0;
  for (const clause of text.split(/[，,。；;！!？?\n]/)) {
    end += clause.length + 1;
    const body = clause.trim();
    const m = TALK_WITH.exec(body) ?? ONE_MORE_WITH.exec(body);
    if (!m) continue;
    // 和康复部开展了廉政谈话: whom ends where the deed's words begin.
    const whom = m[1]!.replace(/^(?:了|过)/, '').replace(/(?:开展|进行|组织|举行|廉政|廉洁|谈心|集体|专题).*$/, '');
    // 和康复部 · 与宣文部负责同志 · 与组联部、康复部: a department (or its people) the readers resolve; 办公室新来的同志 is not.
    const beyondDepartments = whom.replace(index.surfaces, (n) => (index.departmentBySurface.has(n) ? '' : n));
    if (/^[、和及与\s]*(?:的)?(?:负责|全体|人员|同志们)?/.exec(beyondDepartments)![0].length === beyondDepartments.length) continue;
    if (KNOWN_OTHER.test(whom) || /负责/.test(whom) || [...whom.matchAll(index.surfaces)].some((n) => index.peopleByName.has(n[0])) || new RegExp(index.surnameTitle.source).test(whom) || new RegExp(index.familiar.source).test(whom)) continue;
    return true;
  }
  return false;
}
