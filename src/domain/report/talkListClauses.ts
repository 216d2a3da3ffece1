// A clerk's list of talks, clause by clause, each on its own day: 「周一张书记找刘芳副理事长谈了，周二王副理事长和财务科孙科长
// 谈的，今天上午赵敏书记跟何平主任谈」 · 「周二找的赵敏」 · 「陈副理事长和赵书记是11月5日谈的」 · 「刘副理事长和周涛、吴静两位部长的谈话
// 放在了11月20日」: each clause its own doer (or the one before's) and its own day, written out in the plain shape.
import type { Directory } from '../organization.js';
import type { CounterpartItem } from './parseCounterpartItems.js';
import { surfaceItems, surnameTitleItems } from './parseCounterpartItems.js';
import { directoryIndex, type DirectoryIndex } from './parseDirectoryIndex.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

interface TalkClause {
  /** The clause's own doer; undefined with `inherits`: the doer of the clause before. */
  doer?: string;
  inherits: boolean;
  counterparts: string[];
  day: string;
  /** What the clause says of the talk after the people (谈了, 进行了廉政谈话), in the plain shape. */
  talk: string;
  /** The clause says no talk words of its own (周二找的赵敏): the talk before again. */
  bare?: true;
  /**
   * 昨天和王建国，今天和刘芳进行了廉政谈话 (round 31f F1): a day and the people only, the talk words said once, by a later
   * clause of the run; the clause takes that clause's talk, and is no talk when none follows.
   */
  ahead?: true;
}

const GAP = /[\s\u0000:]/g;
/** Between people of one list: 、 和 及. */
const LIST_JOIN = /^[\s\u0000]*(?:、|和|及|以及)[\s\u0000]*$/;
/** Right before the first one talked to: 找/和/与/跟/同 (the 的 of 找的), maybe 分别/先后 and the day. */
const TALK_WITH = /(?:分别|先后|逐一|一起)?[\s\u0000]*(?:找了?|约了?|和|与|跟|同)的?[\s\u0000]*$/;
/** A group noun after the names (两位副理事长, 两位部长): the names said again. */
const GROUP_NOUN = /^[\s\u0000]*(?:[两二三四五六七八九\d]|几)[位名个](?:副?(?:理事长|书记|部长|主任|科长)|同志|领导|负责人)?/;
/** 上周五又找的孙科长 (t24 C): the talk before again, with someone else, on its own day; no talk words of its own. */
const FOUND_AGAIN = /(?:又|还|也)找了?的?[\s\u0000]*$/;
/** 是11月5日谈的 · 都是周二谈的: the people before are those talked to, by the doer before. */
const WAS_TALKED = /^[\s\u0000]*(?:都|均)?(?:是|在)[\s\u0000]*(?:谈的|谈了|谈过|谈话的)[\s\u0000]*$/;
/** 的谈话放在了11月20日 · 的谈话安排在…: the first named is the doer, the others talked to. */
const THEIR_TALK = /^[\s\u0000]*的(?:廉政|谈心)?谈话(?:放在了?|安排在了?|是在|在)?[\s\u0000]*$/;
/** A clause that types every clause before it (都是廉政谈话): passed through. */
const FOR_ALL = /^[\s\u0000]*(?:都|均|全)(?:是|为|属于|属)/;
/** A kind of talk named (in a heading or a clause). */
const TALK_KIND = /廉政谈话|廉政约谈|提醒谈话|谈心谈话|谈心|约谈/;

/** A day said only as a time of the day (下午 · 今天上午 is a day): no day of its own. */
const TIME_ONLY_DAY = /^[\s\u0000]*(?:上午|下午|晚上|中午|早上|傍晚)[\s\u0000]*$/;

/** Time words before the doer that are no other words: 上午, 下午. */
const TIME_ONLY = /上午|下午|晚上|中午|早上|当天|当日/g;

/** Every single person named in `text`, in order, overlaps dropped (the longest kept); undefined when one is unsure. */
function peopleIn(text: string, index: DirectoryIndex): CounterpartItem[] | undefined {
  const found = [...surfaceItems(text, index), ...surnameTitleItems(text, index)].filter((i) => !i.departmentOnly);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CounterpartItem[] = [];
  for (const item of found) {
    const last = out[out.length - 1];
    if (last && item.start < last.end) continue;
    if (item.ids.length !== 1 || item.problem) return undefined;
    out.push(item);
  }
  return out;
}

/** The talk words after the last person (谈了, 进行了廉政谈话), or 谈了 when none said (周二找的赵敏). */
function talkWords(tail: string): string {
  const words = tail.replace(GROUP_NOUN, '').replace(GAP, '').replace(/谈的$/, '谈了');
  return /谈|聊/.test(words) && words !== '谈' ? words : '谈了';
}

/**
 * One clause read as a talk of its own day, or undefined. With `undated`, a clause that names no day at all and says its
 * talk words (张书记找李明谈了) is read too, its day left to be asked.
 */
function readClause(clause: string, index: DirectoryIndex, today: string, undated = false): TalkClause | undefined {
  const read = parseDay(arabicizeNumerals(clause), today);
  const none = undated && read.date === undefined && !/[上本这下]个?(?:周|星期|礼拜|月)|\d/.test(clause) && /谈|聊/.test(clause);
  const day = none ? { date: today, text: '', rest: clause } : read;
  if (day.date === undefined || day.text === undefined) return undefined;
  // 与王强谈心2次（11月6日、11月20日），与李娟… (round 42: written 11月6日与王强谈心2次(、), the 20th gone without a word): a
  // clause naming several days is no one-day clause of a talk list.
  if ((arabicizeNumerals(clause).match(/\d{1,2}月\d{1,2}[日号]|(?<![月\d.])\d{1,2}[日号]/g) ?? []).length > 1) return undefined;
  // 今天和刘洋谈心谈话，明天找孙杰谈: a day still to come is a plan (talkToCome), never a talk written out as done.
  if (day.date > today) return undefined;
  // 财务科孙科长: the department before a person only says who they are.
  const rest = day.rest.replace(index.surfaces, (w) => (index.departmentBySurface.has(w) ? '\u0000'.repeat(w.length) : w));
  const people = peopleIn(rest, index);
  if (!people || people.length === 0) return undefined;
  const between = (i: number) => rest.slice(people[i - 1]!.end, people[i]!.start);
  const tail = rest.slice(people[people.length - 1]!.end);
  const listed = (from: number) => people.slice(from + 1).every((_, k) => LIST_JOIN.test(between(from + 1 + k)));
  const id = (i: number) => people[i]!.ids[0]!;
  const prefix = rest.slice(0, people[0]!.start).replace(TIME_ONLY, '').replace(GAP, '');
  // 陈副理事长和赵书记是11月5日谈的: those named were talked to by the doer before.
  if (prefix === '' && WAS_TALKED.test(tail.replace(GROUP_NOUN, '')) && listed(0)) {
    return { inherits: true, counterparts: people.map((_, i) => id(i)), day: day.text, talk: '谈了' };
  }
  // 刘副理事长和周涛、吴静两位部长的谈话放在了11月20日: the first named held it.
  if (prefix === '' && people.length >= 2 && THEIR_TALK.test(tail.replace(GROUP_NOUN, '')) && /^[\s\u0000]*(?:和|与|跟|同)[\s\u0000]*$/.test(between(1)) && listed(1)) {
    return { doer: id(0), inherits: false, counterparts: people.slice(1).map((_, i) => id(i + 1)), day: day.text, talk: '谈了' };
  }
  // 昨天和王建国，今天和刘芳进行了廉政谈话: a day, 和/与/跟/同/找, the people, and nothing after them: a pair whose talk is
  // said by a later clause (rewriteBody drops it when none does).
  if (!undated && day.text !== '' && tail.replace(GROUP_NOUN, '').replace(GAP, '') === '' && TALK_WITH.test(rest.slice(0, people[0]!.start)) && listed(0)) {
    const before = rest.slice(0, people[0]!.start).replace(TALK_WITH, '').replace(TIME_ONLY, '').replace(GAP, '');
    // 上周四找的王强 is read on its own too (the talk before again) when no talk is said after it.
    const found = /找了?的?[\s\u0000]*$/.test(rest.slice(0, people[0]!.start));
    if (before === '') return { inherits: true, counterparts: people.map((_, i) => id(i)), day: day.text, talk: '谈了', ahead: true, ...(found ? { bare: true as const } : {}) };
  }
  if (/[,;:]/.test(tail) || !(/谈|聊/.test(tail) || /找了?的?[\s\u0000]*$/.test(rest.slice(0, people[0]!.start)) || (people.length > 1 && /找了?的?[\s\u0000]*$/.test(between(1))))) return undefined;
  // 张书记11月3日先后与王建国、刘芳…谈了 · 周二找的赵敏: a doer (or none) before 找/和/与, those talked to after.
  const again = !/谈|聊/.test(tail) && FOUND_AGAIN.test(rest.slice(0, people[0]!.start));
  if ((TALK_WITH.test(rest.slice(0, people[0]!.start)) || again) && listed(0)) {
    const before = rest.slice(0, people[0]!.start).replace(again ? FOUND_AGAIN : TALK_WITH, '').replace(TIME_ONLY, '').replace(GAP, '');
    if (before !== '') return undefined;
    return { inherits: true, counterparts: people.map((_, i) => id(i)), day: day.text, talk: talkWords(tail), ...(/谈|聊/.test(tail) ? {} : { bare: true as const }) };
  }
  if (people.length >= 2 && prefix === '' && TALK_WITH.test(between(1)) && listed(1)) {
    const joint = between(1).replace(TALK_WITH, '').replace(TIME_ONLY, '').replace(GAP, '');
    if (joint !== '' && !/^(?:是|于|在)$/.test(joint)) return undefined;
    return { doer: id(0), inherits: false, counterparts: people.slice(1).map((_, i) => id(i + 1)), day: day.text, talk: talkWords(tail) };
  }
  return undefined;
}

/** A run of two or more talk clauses written out plainly, each with its own doer and day. */
function rewriteRun(talks: TalkClause[], index: DirectoryIndex, kind?: string, headDoer?: string): string[] {
  let doer: string | undefined;
  /** The talk words of the clause before, when they named a kind. */
  let before: string | undefined;
  return talks.map((talk, i) => {
    // A first clause naming no doer is the heading's person's (王副理事长上周的谈话：11月23日找我谈了…) or the sender's.
    if (talk.inherits && i === 0) doer = headDoer;
    if (!talk.inherits) doer = talk.doer;
    const name = doer !== undefined ? index.directory.person(doer)?.name ?? '' : '';
    const names = talk.counterparts.map((id) => index.directory.person(id)?.name ?? id);
    // 报一下11月份领导们的廉政谈话：…: the heading's kind is every clause's that names none.
    // 周三找的吴静 after 找周涛谈了心: the talk before again, of its kind.
    const own = TALK_KIND.test(talk.talk) || /谈了?心/.test(talk.talk);
    const said = own ? talk.talk : kind !== undefined ? `进行了${kind}` : talk.bare && before !== undefined ? before : talk.talk;
    if (TALK_KIND.test(said) || /谈了?心/.test(said)) before = said;
    return `${name}${talk.day}${names.length > 1 ? '分别' : ''}与${names.join('、')}${said}`;
  });
}

/**
 * `talks` (one per clause, the separators between as undefined) with each clause of a day and people only given the talk
 * words of the first later clause of its run that says them (昨天和王建国，今天和刘芳进行了廉政谈话: both 进行了廉政谈话, each
 * on its own day), a leading 分别 dropped; such a clause with no talk said after it in its sentence is no talk (undefined).
 */
function withTalkSaidAhead(talks: (TalkClause | undefined)[], parts: readonly string[]): (TalkClause | undefined)[] {
  return talks.map((talk, i) => {
    if (talk?.ahead !== true) return talk;
    const { ahead, bare, ...rest } = talk;
    // 上周四找的王强 with no talk said after it: the talk before again, as read before.
    const alone = bare === true ? { ...rest, bare } : undefined;
    // 今天上午和徐辉，下午和孙杰分别谈心: a time of one day is no day of its own to pair a person with.
    if (TIME_ONLY_DAY.test(talk.day)) return alone;
    for (let j = i + 2; j < talks.length && parts[j - 1] !== '。'; j += 2) {
      const later = talks[j];
      if (later === undefined || TIME_ONLY_DAY.test(later.day)) return alone;
      if (later.ahead !== true) return { ...rest, talk: later.bare === true ? '谈了' : later.talk.replace(/^分别/, '') };
    }
    return alone;
  });
}

/** The body with every run of two or more clauses that are talks of their own days written out plainly. */
function rewriteBody(body: string, named: string, index: DirectoryIndex, today: string, kind?: string, headDoer?: string): string {
  const parts = body.split(/([,;。])/);
  const namedParts = named.split(/([,;。])/);
  if (namedParts.length !== parts.length) return body;
  const talks = withTalkSaidAhead(namedParts.map((clause, i) => (i % 2 === 0 ? readClause(clause, index, today) : undefined)), parts);
  const out = [...parts];
  for (let i = 0; i < parts.length; i += 2) {
    // 张书记找李明谈了，上周三找的孙丽 (t24 C: both put on 11-25): an undated talk before talks of their own days is written
    // on a line of its own, so no later clause's day becomes its day (it is asked).
    const undated = i === 0 && talks[i] === undefined && talks[i + 2] !== undefined ? readClause(namedParts[i]!, index, today, true) : undefined;
    if (undated !== undefined) {
      let j = i + 2;
      while (j < parts.length && talks[j] !== undefined && (j === i + 2 || parts[j - 1] !== '。')) j += 2;
      const made = rewriteRun([undated, ...(talks.slice(i + 2, j).filter((_, k) => k % 2 === 0) as TalkClause[])], index, kind, headDoer);
      made.forEach((clause, k) => (out[i + 2 * k] = clause));
      out[i + 1] = '\n';
      i = j - 2;
      continue;
    }
    let j = i;
    while (j < parts.length && talks[j] !== undefined && (j === i || parts[j - 1] !== '。')) j += 2;
    if ((j - i) / 2 >= 2) {
      const made = rewriteRun(talks.slice(i, j).filter((_, k) => k % 2 === 0) as TalkClause[], index, kind, headDoer);
      made.forEach((clause, k) => (out[i + 2 * k] = clause));
      i = j - 2;
    }
  }
  return out.join('');
}

/**
 * `text` (normalised) with every run of clauses that list talks each on a day of its own written out one plain clause
 * per talk (张伟上周一与刘芳谈了,王建国上周二与孙丽谈了), each with its own doer: the one it names, or the clause before's
 * (周二找的赵敏). Round 23 F2 / round 22u C4: the first clause's doer and day were given to every later person, the
 * later doers made more people talked to.
 */
export function withTalkListClauses(text: string, today: string, directory: Directory, senderId: string): string {
  const index = directoryIndex(directory);
  const me = directory.person(senderId)?.name;
  return text
    .split('\n')
    .map((line) => {
      // 这周领导谈话情况：… : the heading stays as it is; the list is after it. 上周一：张书记找… is no heading.
      const colon = line.indexOf(':');
      const label = colon >= 0 && parseDay(arabicizeNumerals(line.slice(0, colon)), today).rest.replace(GAP, '') === '';
      const head = label ? '' : line.slice(0, colon + 1);
      let kind = TALK_KIND.exec(head)?.[0];
      if (kind === '谈心') kind = '谈心谈话';
      const opener = peopleIn(head, index)?.[0];
      const headDoer = opener !== undefined && head.slice(0, opener.start).trim() === '' ? opener.ids[0] : undefined;
      const body = line.slice(head.length);
      // 周二跟我谈的: the sender by name, as one talked to.
      const named = me !== undefined ? body.replace(/((?:找|和|与|跟|同)的?)我(?![们])/g, `$1${me}`) : body;
      return head + rewriteBody(body, named, index, today, kind, headDoer);
    })
    .join('\n');
}
