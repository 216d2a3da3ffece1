// 「11月上旬查了两次考勤，3号办公室、6号财务科」 · 「3号查了办公室、6号查了财务科」 · 「谈了两次，3号和孙丽、5号和王强」: a
// deed said once, then day + department (or person) pairs, is one deed per pair, each on its own day at its own place.
import type { Directory } from '../organization.js';
import { monthOf } from './dayDepartmentPairs.js';
import { directoryIndex, type DirectoryIndex } from './parseDirectoryIndex.js';
import { surfaceItems, surnameTitleItems, topRoleItems } from './parseCounterpartItems.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** The deed words a head (or a pair) may name: checks, visits and talks. */
// 上周二王强、上周四李娟，都签了责任书 (round 55, fhc): a signing is held with one person after another as a talk is.
const VISIT_OR_TALK = /检查|督查|抽查|暗访|巡查|(?<![调审])查|调研|走访|谈话|谈心|谈了|谈过|约谈|签订|签署|签了/;
/**
 * …分别召开了分管科室会议，12月1日宣文部、12月3日康复中心 (round 50, fxf: both meetings stored on 12月1日 after one tap) ·
 * 召开了两次分管科室会议：12月1日宣文部、12月3日康复中心 (nothing read): a meeting held at a department is a head's deed too.
 */
const MEETING = /召开|开了|开会|会议/;
const DEED = new RegExp(`${VISIT_OR_TALK.source}|${MEETING.source}`);
/** One pair: a day of the month (month optional), maybe a verb, maybe a preposition, who or where, maybe a verb after. */
// 分别是3号办公室 · 一次是11.6财务科: the words opening a pair, and a dotted month-day, are the pair's too. 与一名新来的
// 科员 (round 37): the count before someone described (一名, arabicized 1名) is no part of who they are.
// 一次是今天上午和李娟 (round 49, fwf, t52a F1: 李娟's talk put on the first pair's 2号): 今天 · 昨天 · 前天 are a pair's day too.
const PAIR = /^(?:分别是|分别为|分别在|分别|其中|具体为|具体是|具体有|一次是|一次在|一次|另一次是|另一次|第[一二三四五]次是?)?\s*(?:(?:(\d{1,2})月)?(\d{1,2})[号日]|(\d{1,2})[.\/](\d{1,2})(?![\d.])|((?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|今天|今日|昨天|昨日|大?前天))(?:上午|下午|晚上|早上|中午)?\s*((?:检查|督查|抽查|暗访|巡查|查|调研|走访)了?)?\s*(到|对|在|赴|去|和|与|跟|同|找)?\s*(?:\d(?:名|位))?([\u4e00-\u9fa5]{2,16}?)\s*((?:检查|督查|抽查|暗访|巡查|查|调研|走访|谈话|谈心)了?[\u4e00-\u9fa5]{0,8})?$/;
/** Where the head's deed starts: what comes before it is its doer and its span of days. */
const DEED_START = /(?:先后|分别|共|一共|总共)?(?:到|对|赴|深入|去|找|和|与|跟|同|召开|开了|开展|进行|组织|检查|督查|抽查|暗访|巡查|(?<![调审])查|调研|走访|约谈|谈|签订|签署|签了)/;
/**
 * A list marker opening a line (（一） (1) 一、 1. 1、 第一、 一是 ① ⑴ ⒈ ❶), full- or half-width; not 1.11月 (the marker
 * glued to its day is read as splitItems reads it).
 */
const LEADING_MARKER = /^\s*(?:[(（]\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、．](?!\d)|\d{1,2}\s*\.(?!\d)|第[一二三四五六七八九十]{1,2}\s*[、,，]|[一二三四五六七八九十]{1,2}是|[①-⑳⑴-⒇⒈-⒛❶-❿➀-➉])\s*/;
/** A weekday a pair names, with the week it is put in (上周二) when said. */
const WEEKDAY_NAMED = /(上上|上|本|这)?(?:周|星期|礼拜)([一二三四五六日天])/;
/** Monday first; 日 and 天 (Sunday) both last. */
const WEEKDAYS = '一二三四五六日天';
/** A body or unit that did the head's deed: 纪检组 · 机关纪委 · 督查组 · 宣文部 · 我们. */
const BODY_LEAD = /(?:组|委|支部|部|室|科|中心|我们|我)$/;
/** Words of a head that say when in all or how many (11月上旬, 本月, 两次, 分别): not the deed of each pair. */
const SPAN_OR_COUNT = /\d{1,2}\s*月份?(?:上旬|中旬|下旬|初|中|底|末)?|(?:本|这个?|上个?)月(?:上旬|中旬|下旬|初|底)?|(?:上|本|这)个?(?:周|星期)|上旬|中旬|下旬|月初|月底|近期|最近|前段时间|[两二三四五六七八九十\d]+\s*(?:次|回|趟)|(?:先后|分别|共|一共|总共)|(?:[两二三四五六七八九十\d]+|几)\s*(?:个|位|名)?(?:部门|科室|部室|单位|人|同志)/g;

/** 新入职的同志 · 一名新来的科员 · 财务科的同事 · 实习生: someone described by what they are, not named. */
const DESCRIBED_PERSON = /(?:同志|同事|职工|员工|人员|干部|科员|医生|医师|护士|司机|实习生|新人)$/;

interface Pair {
  date: string;
  verb?: string;
  prep?: string;
  target: string;
  person: boolean;
  after?: string;
}

/** The pair one part of the list is, when its target is a department or a person of the directory. */
function readPair(part: string, index: DirectoryIndex, month: number | undefined, today: string, week?: string): Pair | undefined {
  const m = PAIR.exec(arabicizeNumerals(part.trim()));
  if (!m) return undefined;
  const [, wordMonth, wordDay, dotMonth, dotDay, weekday, verb, prep, target, after] = m;
  const ownMonth = wordMonth ?? dotMonth;
  const day = wordDay ?? dotDay;
  // 10月22日与陈志强和赵敏 (round 32b, F6): people joined by 和/及 on one day are each talked to that day.
  // 11月25日与新入职的同志 (round 37, t36c F6: the pairs read up to it and it was lost behind them): someone described, not
  // named, is a pair's person too; whom it means is asked when the talk is read.
  const described = prep !== undefined && /和|与|跟|同|找/.test(prep) && DESCRIBED_PERSON.test(target!);
  const named = namesRunTogether(target!, index);
  const person = described || named !== undefined;
  if (!person && !index.departmentBySurface.has(target!)) return undefined;
  // A person is talked to (和/找), a department visited (到/对): 和办公室 would be a companion, not a pair.
  if (person ? prep !== undefined && !/和|与|跟|同|找/.test(prep) : prep !== undefined && /和|与|跟|同|找/.test(prep)) return undefined;
  const m2 = ownMonth ?? (month !== undefined ? String(month) : undefined);
  // 上周查了两次：周一办公室、周三财务科: a bare weekday is in the week the head names.
  const said = weekday !== undefined ? (/^(?:上|本|这|今|昨|前|大前)/.test(weekday) ? weekday : `${week ?? ''}${weekday}`) : m2 !== undefined ? `${m2}月${day}日` : `${day}号`;
  const date = parseDay(said, today).date;
  if (date === undefined) return undefined;
  // 周一王建国刘芳 (round 55, fhc): names run together with nothing between are each that day's, written apart (王建国、刘芳).
  const written = named !== undefined && !described && named.length > target!.split(/和|及|与|、/).length ? named.join('、') : target!;
  return { date, ...(verb ? { verb } : {}), ...(prep ? { prep } : {}), target: written, person, ...(after ? { after } : {}) };
}

/**
 * `words` as the directory's people it names one after another — joined by 和/及/与/、 or by nothing at all (王建国刘芳, as
 * voice input and hurried typing write them), longest name first — or undefined when any part is no one's name.
 */
function namesRunTogether(words: string, index: DirectoryIndex): string[] | undefined {
  const names: string[] = [];
  for (const part of words.split(/和|及|与|、/)) {
    let rest = part;
    while (rest !== '') {
      let found: string | undefined;
      for (let n = Math.min(4, rest.length); n >= 2; n--) {
        if (index.peopleByName.has(rest.slice(0, n))) {
          found = rest.slice(0, n);
          break;
        }
      }
      if (found === undefined) return undefined;
      names.push(found);
      rest = rest.slice(found.length);
    }
  }
  return names.length > 0 ? names : undefined;
}


/** The day `n` days after `date` (both YYYY-MM-DD). */
function daysAfter(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** `11月3日` as the clause opens (the year kept only when it is not this one). */
function spoken(date: string, today: string): string {
  const year = date.slice(0, 4) === today.slice(0, 4) ? '' : `${date.slice(0, 4)}年`;
  return `${year}${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 和科里两位同志谈了… less the count: the words before its verb (科里) are the group the pairs name one by one. */
// 与班子成员的廉政谈话已全部完成 (round 32b, F6: the kind lost with the group): the kind word before 谈 stays the deed's.
function afterObject(deed: string): string {
  const verb = deed.search(/召开|开展|进行|组织|检查|督查|抽查|暗访|巡查|(?<![调审])查|调研|走访|约谈|(?:廉政|廉洁|提醒|诫勉|谈心)?谈/);
  return verb > 0 ? deed.slice(verb) : deed;
}

/** A time said vaguely before a doer (本季度党组书记 · 今年张书记): it names no day of the pairs. */
const VAGUE_LEAD = /^(?:(?:今年|本年度?)?(?:(?:本|这个?|上个?|第?[一二三四1-4])季度?|[上下]半年)|今年以来|今年|本年度?|本月|上月|近期|近日)[\s,]*/;

/** The words open with someone of the directory (王建国副理事长, 张书记, 党组书记), a vague time before them left out. */
function namesPerson(words: string, index: DirectoryIndex): boolean {
  const own = words.replace(VAGUE_LEAD, '');
  return [...surfaceItems(own, index), ...surnameTitleItems(own, index), ...topRoleItems(own, index)].some((i) => i.start === 0 && !i.departmentOnly && i.ids.length === 1);
}

/** Words ending on a title, opening a sentence (老书记 · 本季度党组书记): a doer, whoever the reader takes them for. */
const TITLED_LEAD = /^[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|主任|部长|科长)(?=\s*(?:分别|先后|逐一)?\s*(?:于|在)?\s*\d)/;

/** After a doer opening the sentence, before the first pair: their title, then 分别/先后/逐一 and 于/在. */
const DOER_TAIL = /^(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?\s*(?:分别|先后|逐一)?\s*(?:于|在)?\s*/;

/**
 * 张伟书记10月15日与王建国 · 张书记分别于10月15日与王建国 (round 32b, F6: every pair after the doer on the first day): the
 * doer's words opening the first part of a list of pairs, when the rest of that part is a pair; undefined otherwise.
 */
function leadingDoer(part: string, index: DirectoryIndex, today: string): { doer: string; pair: string } | undefined {
  // No day, no pair: most sentences are spared the directory's look-ups.
  if (!/\d|周|星期|礼拜/.test(part)) return undefined;
  const people = [...surfaceItems(part, index), ...surnameTitleItems(part, index), ...topRoleItems(part, index)];
  // 我 · a directory person · words ending on a title the directory does not know (老书记: asked who, once for all pairs).
  const me = /^(?:我|本人)/.exec(part) ?? TITLED_LEAD.exec(part);
  const first = people.find((i) => i.start === 0 && !i.departmentOnly && i.ids.length === 1) ?? (me ? { end: me[0].length } : undefined);
  if (!first) return undefined;
  const tail = DOER_TAIL.exec(part.slice(first.end))![0];
  const pair = part.slice(first.end + tail.length);
  if (readPair(pair, index, undefined, today) === undefined) return undefined;
  return { doer: part.slice(0, first.end) + tail.replace(/\s*(?:分别|先后|逐一)?\s*(?:于|在)?\s*$/, ''), pair };
}

/** One clause per pair of a head's deed: its doer (the head's words before the deed), the pair's day, place or person. */
function clauses(head: string, pairs: Pair[], today: string, index: DirectoryIndex, lead = ''): string[] | undefined {
  const found = head.search(DEED_START);
  const before = found > 0 ? head.slice(0, found).replace(SPAN_OR_COUNT, '').replace(/[\s,:]+$/, '') : '';
  // Only a person opening the head is its doer (王建国副理事长本月督查了两次); 作风督查's 作风 is the deed's.
  // 纪检组开展了两次…检查：11月23日对康复部… (round 33b, F5: written 对康复部纪检组…, the place read as the group's own): a
  // body or a unit opening the head is its doer too, put before the pair's place.
  const start = before === '' || namesPerson(before, index) || (BODY_LEAD.test(before) && !DEED.test(before)) ? found : 0;
  const doer = start > 0 ? before.replace(VAGUE_LEAD, '') : lead;
  const deed = (start >= 0 ? head.slice(start) : '').replace(SPAN_OR_COUNT, '').replace(/[\s,:]+$/, '');
  // 对/到/找/和 opening the deed takes the pair's target right after it (找孙丽谈了话).
  const opening = /^(到|对|赴|深入|去|找|和|与|跟|同)/.exec(deed)?.[1];
  const out: string[] = [];
  for (const p of pairs) {
    // A meeting is held at a department, never with a person one by one (召开会议，3号王建国…: not such a list).
    if (p.person && !VISIT_OR_TALK.test(deed + (p.after ?? '') + (p.verb ?? ''))) return undefined;
    const when = spoken(p.date, today);
    const own = p.verb !== undefined || p.after !== undefined;
    if (own && deed === '') out.push(`${when}${doer}${p.verb ?? ''}${p.prep ?? (p.verb ? '' : p.person ? '和' : '到')}${p.target}${p.after ?? ''}`);
    else if (deed === '' || !DEED.test(deed + (p.after ?? '') + (p.verb ?? ''))) return undefined;
    else if (opening !== undefined) out.push(`${when}${doer}${opening}${p.target}${afterObject(deed.slice(opening.length))}`);
    else out.push(`${when}${doer}${p.prep ?? (p.person ? '和' : '到')}${p.target}${p.after ?? ''}${p.verb ? p.verb : deed}`);
  }
  return out;
}

/**
 * The talk or signing said once after people's pairs, ending its clause: a comma perhaps, 都/均/分别/也都/各 perhaps, then the
 * deed (谈了 · 谈了心 · 进行了廉政谈话 · 签了责任书), or only its kind (都是廉政谈话 · 均为谈心谈话). Group 1: the deed's words;
 * group 2: the kind's, when only the kind is said.
 */
const DEED_AFTER_PAIRS = /^,?\s*(?:(?:都|均|分别|也都|各|全都)?\s*((?:进行了?|开展了?)?(?:廉政谈话|谈心谈话|提醒谈话|谈话|谈心|谈了心|谈了话|谈过话|谈了|谈过)|签(?:订|署)?了?[^,;:]{0,12}?(?:责任书|承诺书))|(?:均为|均是|都是|都为|皆为|均属)((?:廉政|谈心|提醒|集体|任前)?谈话|谈心谈话|谈心))(?=[,;]|$)/;

/** The last part of a list read as a pair and the deed said after it (5号和李娟 | 分别进行了廉政谈话). */
function pairThenDeed(part: string, index: DirectoryIndex, month: number | undefined, today: string, week?: string): { pair: Pair; deed: string } | undefined {
  for (const m of part.matchAll(index.surfaces)) {
    const end = m.index + m[0].length;
    const pair = readPair(part.slice(0, end), index, month, today, week);
    const deed = part.slice(end).replace(/^(?:分别|都|均|各)/, '');
    if (pair && pair.verb === undefined && pair.after === undefined && DEED.test(deed) && /^(?:进行|开展|谈|检查|督查|抽查|暗访|巡查|查|签订|签署|签了)/.test(deed)) return { pair, deed };
  }
  return undefined;
}

/** A sentence of pairs read as one clause per pair, or undefined when it is no such list. */
function rewriteSentence(sentence: string, index: DirectoryIndex, today: string): string | undefined {
  const parts = sentence.split(/([、,;:])/);
  // 张伟书记10月15日与王建国、10月16日与刘芳进行了… : the doer before the first pair is every pair's.
  const lead = leadingDoer(parts[0]!, index, today);
  if (lead) parts[0] = lead.pair;
  // The head: every part before the first pair (it may hold a comma of its own).
  let first = -1;
  for (let i = 0; i < parts.length; i += 2) {
    if (readPair(parts[i]!, index, undefined, today) !== undefined) {
      first = i;
      break;
    }
  }
  if (first < 0) return undefined;
  const whole = parts.slice(0, first).join('').replace(/[、,;:]$/, '');
  // 报张书记:本季度党组书记与班子成员谈话… (round 32b, F6): words before a colon with the deed after it only say to whom
  // or what the report is; the deed and its doer are after it.
  const addressed = /^[^:]*:(.*)$/.exec(whole);
  const head = addressed && DEED.test(addressed[1]!) ? addressed[1]! : whole;
  if (head !== '' && (!DEED.test(head) || /\d{1,2}[号日]/.test(arabicizeNumerals(head)))) return undefined;
  const month = monthOf(arabicizeNumerals(head), today);
  const week = /(上上|上|本|这)个?(?:周|星期|礼拜)/.exec(head)?.[1];
  const pairs: Pair[] = [];
  let i = first;
  // 上周二到组联部检查…，周四到康复部检查 (round 33b, F4: the 周四 put in this week, today): a bare weekday later than the
  // one a pair before put in a week is in that week too, as parseReport reads it across clauses.
  let weekBefore: { week: string; n: number } | undefined;
  let bareBefore: { date: string; n: number } | undefined;
  for (; i < parts.length; i += 2) {
    const named = WEEKDAY_NAMED.exec(parts[i]!);
    const n = named ? Math.min(WEEKDAYS.indexOf(named[2]!), 6) : -1;
    const carried = named && named[1] === undefined && weekBefore !== undefined && n > weekBefore.n ? weekBefore.week : undefined;
    weekBefore = named ? (named[1] !== undefined ? { week: named[1], n } : carried !== undefined ? { week: carried, n } : undefined) : weekBefore;
    const p = readPair(parts[i]!, index, month, today, week ?? carried);
    if (!p) break;
    // 周一王建国、周三刘芳 (round 55, fhc): a bare weekday later than the bare one before it is in that one's week — 周三 on a
    // Monday is still to come (asked), never last week's.
    if (named && named[1] === undefined && week === undefined && carried === undefined && bareBefore !== undefined && n > bareBefore.n) {
      p.date = daysAfter(bareBefore.date, n - bareBefore.n);
    }
    bareBefore = named && named[1] === undefined && week === undefined ? { date: p.date, n } : bareBefore;
    if (i > first && !/[、,;]/.test(parts[i - 1]!)) return undefined;
    // 上周一王建国、刘芳，上周三陈志强、赵敏 (round 55, fhc; t57a F3: every talk put on the first day): names after a person's
    // pair with no day of their own are that day's too, up to the next day written.
    while (p.person && parts[i + 1] === '、' && i + 2 < parts.length) {
      const more = namesRunTogether(parts[i + 2]!.trim(), index);
      if (more === undefined) break;
      p.target = `${p.target}、${more.join('、')}`;
      i += 2;
    }
    pairs.push(p);
  }
  // 3号和王强、5号和李娟分别进行了廉政谈话 (e24: both talks stored at once on the 3rd): the deed after the last pair is every pair's.
  // 上周一跟王建国、…、上周三跟陈志强和赵敏谈了话，都是廉政谈话 (round 55, fhc): the deed after the last pair may be followed
  // by its kind said for all (kindForAll below).
  const kindOnlyAfter = /^,(?:均为|均是|都是|都为|皆为|均属|都属于?)[^,;]*谈[^,;]*$/.test(parts.slice(i + 1).join(''));
  const last = head === '' && (i === parts.length - 1 || kindOnlyAfter) ? pairThenDeed(parts[i]!, index, month, today, week) : undefined;
  if (last) {
    pairs.push(last.pair);
    i += 2;
  }
  if (pairs.length < 2) return undefined;
  // 上周二郑华、上周四冯雪，都谈了，都是廉政谈话 · 周一王建国、周三刘芳，都谈了心 (round 55, fhc; t57a F3: both talks put on the
  // first day): people's pairs with no head, the talk or signing said once after them (都/均/分别 …), are each that deed.
  const closing = !last && head === '' && pairs.every((p) => p.person && p.verb === undefined && p.after === undefined) ? DEED_AFTER_PAIRS.exec(parts.slice(i).join('')) : null;
  // With no head each pair says its own deed (3号查了办公室); a bare pair (3号办公室) needs the head's.
  if (!last && !closing && head === '' && pairs.some((p) => p.verb === undefined && p.after === undefined)) return undefined;
  const made = clauses((closing ? closing[1] ?? `进行了${closing[2]!}` : undefined) ?? last?.deed ?? head, pairs, today, index, lead?.doer);
  if (!made) return undefined;
  const tail = parts.slice(i).join('').slice(closing?.[0].length ?? 0);
  // …、10月22日与陈志强和赵敏,均为廉政谈话 (round 32b, F6: the kind given to the last pair's talks only): a closing clause
  // saying what kind of talk they all were is each pair's.
  // Only talks: a check's pairs (…督查了维权部,均为节前作风纪律督查) take the kind said once as they are.
  // 我11月份的谈话情况：11月4日和郑华，11月6日和冯雪，都是廉政谈话；11月20日和陈静谈心谈话 (round 33b, F7 A25: the first talk
  // asked its type): the closing clause ends at its ；, and what follows it is a clause of its own, as written.
  const kindForAll = pairs.every((p) => p.person) ? /^,?((?:均为|均是|都是|都为|皆为|均属|都属于?)[^,;]*谈[^,;]*)(;.*)?$/.exec(tail) : null;
  if (kindForAll) return made.map((c) => `${c},${kindForAll[1]!}`).join(';') + (kindForAll[2] ?? '');
  return made.join(';') + (tail === '' ? '' : tail.startsWith(',') || tail.startsWith(';') ? tail : `,${tail.replace(/^[、:]/, '')}`);
}

/**
 * `text` (normalised) with every sentence of the shape 「<deed said once>，<day><place or person>、<day><place or
 * person>…」 or 「<day><verb><place>、<day><verb><place>」 written out as one clause per pair, each with its own day spelt
 * out (11月3日到办公室查了考勤;11月6日到财务科查了考勤), and whether any was. Round 23 F3: the second department was lost
 * and its day asked (「11月上旬查了两次考勤，3号办公室、6号财务科」), or the second check dropped (「3号查了办公室、6号查了财务科」).
 */
export function withDayTargetPairs(text: string, today: string, directory: Directory): { text: string; split: boolean } {
  const index = directoryIndex(directory);
  let split = false;
  const out = text
    .split('\n')
    .map((whole) => {
      // （一）共开展谈心谈话3次：11月5日与徐辉，… (round 39, t38b F4: the marker read as the deed's words, so the first
      // pair was split off as an item of no kind, asked its day and whom): a list marker opening the line is the item's,
      // kept before the rewritten clauses and never part of the head's deed.
      const marker = LEADING_MARKER.exec(whole)?.[0] ?? '';
      const line = whole.slice(marker.length);
      return marker + line
        .split(/(?<=。)/)
        .map((sentence) => {
          const end = /[。.!\s]*$/.exec(sentence)![0];
          const made = rewriteSentence(sentence.slice(0, sentence.length - end.length), index, today);
          if (made === undefined) return sentence;
          split = true;
          return made + end;
        })
        .join('');
    })
    .join('\n');
  return { text: out, split };
}
