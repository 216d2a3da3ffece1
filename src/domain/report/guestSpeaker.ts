// 何平「…支部书记何平主持，全体党员集中观看了警示教育片《蜕变的代价》，共15人参加。会上，赵敏同志作了点评讲话」 (round 28 A3:
// asked 「这条警示教育是谁的？」 赵敏 / 何平, or stored as 赵敏's): at a study or film someone else 主持/组织/领学, a leader who only
// 作点评/讲话/强调/作动员/提出要求 is no doer. The clause is taken out before reading and the card names the speaker.
import type { ParseContext, ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { guardedAlternation } from './guardedAlternation.js';
import { surnameOf } from './parseDirectoryIndex.js';
import type { Person } from '../organization.js';
import { oncePer } from './oncePer.js';

/** A message read without the clauses of people who only spoke at another's activity, and who they were. */
export interface GuestSpeaker {
  /** The message without the speakers' clauses. */
  text: string;
  /** Directory ids of those who only spoke. */
  speakerIds: string[];
}

/** A title or 同志 after a name: 同志 · 副理事长 · 书记 · 部长 … in any order, up to two. */
const TITLE = '(?:同志|党组书记|书记|副?理事长|副?主任|副?部长|副?科长){0,2}';
/** Who they are before the name: 分管领导 · 党组成员、副理事长 … */
const ROLE_BEFORE = '(?:分管领导|分管副理事长|党组成员、?副理事长|党组成员|副理事长|理事长|党组书记|书记)?';
/** What they did: spoke, commented, urged, asked for something; never 讲授/党课/辅导/主持 (then they held it). */
const SPOKE =
  '(?:亲自)?(?:出席(?:活动|会议)?并|到会并?|莅临并?|参加(?:活动|会议)?并)?(?:作了?|进行了?|发表了?)?(?:重要|简短|精彩)?(?:点评讲话|总结讲话|动员讲话|讲话|点评|总结|动员|致辞)' +
  '|(?:对[^,，;；。\\n]{1,24}?)?(?:提出了?(?:明确|具体|殷切)?(?:要求|希望)|作了?(?:部署|强调))|强调|指出|要求' +
  // 何主任领学了《…准则》，徐辉副主任结合案例作了讲解 (t39a F11: 徐辉 made the study's doer): explaining at a study another
  // led is speaking at it; 作辅导 (LECTURE) still holds one.
  '|(?:结合[^,，;；。\\n]{1,12}?)?(?:作了?|进行了?)(?:讲解|解读|交流发言)';
/** Said at the activity: 会上 · 会议上 · 活动中 · 最后 … as a clause of its own before the speaker. */
const AT_IT = '(?:(?:会上|会议上|会中|活动中|活动上|观影后|学习后|最后|随后|期间)[,，]\\s*)?';
/** The clause goes on saying what they said: 要求… · 希望… · 要… */
const CONTENT = /^[,，]\s*(?:并|要|要求|希望|勉励|号召|指出|强调)[^,，;；。\n]*/;
/** What the speaker said going on to the sentence's end (强调，要以案为鉴，警钟长鸣。): no count, title, deed or person in it. */
const SAID_ON = /^[,，]\s*[^,，;；。\n]+/;
const NOT_SAID = /\d|人|《|参加|观看|学习|教育|党课|主持|组织|开展|召开|带领/;

function saidOn(after: string, names: RegExp): RegExpExecArray | null {
  const c = SAID_ON.exec(after);
  return c && !NOT_SAID.test(c[0]) && !names.test(c[0]) ? c : null;
}

/** The speaker's words name a lecture of their own: then their 讲话 is the deed. */
const LECTURE = /党课|授课|讲授|主讲|宣讲|讲座|辅导|讲课/;
/** Someone held it: 主持 · 领学 · 由…组织 · 主持人： */
// 宣文部开展警示教育 · 康复中心党支部组织…: a department's own activity is held by it (its head), not by a leader who spoke.
const HELD = /主持|领学|带领[^,，;；。\n]{0,12}?(?:学习|观看)|由[^,，;；。\n]{1,12}?组织|(?:(?<!支)部|科|室|中心)(?:党支部|支部)?(?:于[^,，;；。\n]{0,10}?)?(?:组织|开展|召开|举办)/;
/** Kinds this is about: studies, films, lectures (a 分管科室会议 its 分管领导 attends and speaks at is that leader's). */
const STUDIES = new Set(['edu_integrity', 'edu_warning', 'edu_lecture']);

/**
 * The clause pattern and the names, built once per directory (issue 14: compiled per message, the 1,000 names after a
 * quantified prefix cost ~30 MiB of the idle bot thread; guarded, the names are compiled once, see guardedAlternation).
 */
/** Office words a person is called by after their surname (陈副理事长 · 王部长), read from the directory's titles. */
const OFFICES = ['副理事长', '理事长', '书记', '副部长', '部长', '副主任', '主任', '副科长', '科长'];

/**
 * Each person's full name, and their surname with an office their title holds (陈副理事长 · 郑部长) where that calls no
 * one else: 「陈副理事长对全体干部提出了要求」 (round 32a, F1's near-miss) took the study of the sentence before, as
 * 「陈志强副理事长…」 never did.
 */
function surfacesOf(people: readonly Person[]): Map<string, Person> {
  const bySurface = new Map<string, Person>();
  const called = new Map<string, Person[]>();
  for (const p of people) {
    bySurface.set(p.name, p);
    const offices = (p.title ?? '').split(/[、,，\s]+/);
    for (const office of OFFICES) {
      if (!offices.some((t) => t.endsWith(office) && !(office === '理事长' && t.endsWith('副理事长')) && !(office.length === 2 && t.endsWith(`副${office}`)))) continue;
      const surface = `${surnameOf(p.name)}${office}`;
      called.set(surface, [...(called.get(surface) ?? []), p]);
    }
  }
  for (const [surface, ps] of called) if (ps.length === 1 && !bySurface.has(surface)) bySurface.set(surface, ps[0]!);
  return bySurface;
}

const patterns = oncePer((people: readonly Person[]): { clause: RegExp; names: RegExp; bySurface: Map<string, Person> } => {
  const bySurface = surfacesOf(people);
  const alternation = guardedAlternation(bySurface.keys());
  const names = new RegExp(alternation);
  const clause = new RegExp(`(^|[,，;；。\\n])${AT_IT}([^,，;；。\\n]{0,8}?${ROLE_BEFORE}(${alternation})${TITLE})(${SPOKE})[^,，;；。\\n]*`, 'g');
  return { clause, names, bySurface };
});

/**
 * `text` without each clause in which a person of the directory only spoke at the activity (作点评讲话 · 出席并讲话 · 强调，要… ·
 * 对…提出要求), with those people's ids; undefined when there is none, when the message names no one else holding it
 * (主持/领学/由…组织), when the speaker also held or lectured it, or when the activity is no study, film or lecture.
 */
export function withoutGuestSpeaker(text: string, ctx: ParseContext): GuestSpeaker | undefined {
  const people = ctx.directory.org.people;
  const { clause, names, bySurface } = patterns(people);
  clause.lastIndex = 0;
  const speakerIds: string[] = [];
  let rest = text;
  for (let m = clause.exec(rest); m; m = clause.exec(rest)) {
    const [whole, stop, , name] = m;
    const said = whole.slice(stop!.length);
    const person = bySurface.get(name!);
    if (!person || LECTURE.test(said) || /主持|领学|组织/.test(said) || /我/.test(m[2]!)) continue;
    // …作动员讲话，并为大家讲授廉政党课 (p29): a lecture later in the sentence with no one else named before it is theirs.
    const tail = rest.slice(m.index + whole.length).split(/[。\n]/)[0]!;
    const lectured = tail.search(LECTURE);
    if (lectured >= 0 && !names.test(tail.slice(0, lectured))) continue;
    let end = m.index + whole.length;
    for (let c = CONTENT.exec(rest.slice(end)) ?? saidOn(rest.slice(end), names); c; c = CONTENT.exec(rest.slice(end)) ?? saidOn(rest.slice(end), names)) end += c[0].length;
    rest = rest.slice(0, m.index + stop!.length) + rest.slice(end).replace(/^[,，]\s*/, stop === '' ? '' : '');
    clause.lastIndex = m.index + stop!.length;
    if (!speakerIds.includes(person.id)) speakerIds.push(person.id);
  }
  if (speakerIds.length === 0) return undefined;
  const left = rest.replace(/([,，;；。])[,，;；。]+/g, '$1').replace(/^[,，;；。\s]+/, '').replace(/[,，;；\s]+$/, '');
  // Their surname-and-office forms too (陈副理事长), so a deed of theirs said that way still counts.
  const still = new RegExp([...bySurface].filter(([, p]) => speakerIds.includes(p.id)).map(([surface]) => surface).join('|'));
  // Named again elsewhere (赵敏同志作了点评讲话，…赵敏主持): they did more than speak; read as written.
  if (still.test(left) || !HELD.test(left)) return undefined;
  const { titles, rest: words } = extractTitles(left);
  const kinds = findKinds(words).map((k) => k.code);
  if (kinds.some((k) => !STUDIES.has(k)) || (kinds.length === 0 && !(titles.length > 0 && /观看|学习|领学/.test(words)))) return undefined;
  return { text: left, speakerIds };
}

/** `reports` read without the speakers' clauses; each shown for 确认, the first saying who only spoke. */
export function withGuestSpeakerNoted(reports: ParsedReport[] | null, g: GuestSpeaker, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const who = g.speakerIds.map((id) => ctx.directory.person(id)?.name ?? id).join('、');
  const remark = `${who}在活动中讲话（点评、讲解、提要求），不是活动人；按主持、组织的人记录`;
  return reports.map((r, i) => ({ ...r, remarks: i === 0 ? [...r.remarks, remark] : r.remarks, reasons: [...new Set([...(r.reasons ?? []), 'leftover' as const])] }));
}
