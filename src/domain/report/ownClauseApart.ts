// 昨天和刘洋谈了话 上周也跟王建国副理事长谈过 · 11月27日王建国副理事长与孙丽进行了廉政谈话，孙丽科长随后与王强进行了廉政谈话 ·
// 孙科长上周三找王强谈了心，同一天还找我也谈了 · 今天和张颖 谈了心 她说上周二 刘芳副理事长也找她谈过 · …签订后我又和他们谈了话
// (round 61, gaa; t63b X1/X2, fbc's doubt, fbe, fbb/fbf's left-alone: the second talk or signing joined to the first — its day
// lost, its doer made the first's, the sender's own deed dropped, or a relayed talk made up with the sender): a second clause
// that tells a talk or a signing with a doer, a day or a relay of its own is a deed apart. It is written on a line of its own
// with its doer, day and people spelled out — the first clause's where it leaves them unsaid (同一天 · 随后 · 还 → that day
// and that doer; 第二天 → the day after; 他/她/他们 → those the first clause talked with) — so every reader reads each line
// alone and the card shows the records apart. Where nothing of its own is said (上周和李明谈了话 也和孙丽谈了) it is left.
import type { ParseContext } from './draft.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { namedPeople } from './namedPeople.js';
import { parseDay } from './parseDay.js';
import { writtenDay } from './nextDaySpelled.js';
import { addDays, shanghaiDate } from '../shanghai.js';

/** A talk or a signing told: its words (廉政谈话 · 谈了心 · 谈了话 · 谈过 · 签了承诺书 · 签了). */
const DEED = '(?:(?:廉[政正]|谈心|提醒)[谈淡][话活]|谈了?一?次?谈?心|谈了?(?:一次)?\\s?话|谈过话?|谈了|聊了?聊?|签(?:订|署)?了?[^，,。；;\\s]{0,12}?(?:责任书|承诺书)|签了|签过|谈(?=[\\s。!！]*$))';
/** A deed of no kind of its own (谈了 · 谈过 · 找了我谈 · 签了), which takes the first clause's words when that one says its kind. */
const BARE_DEED = /^(?:谈了|谈过|谈|谈话|谈了话|谈过话|签了|签过|聊了)$/;
/** 与/和/跟/同/找/对 before the people; 同 not in 同一天/同日/同事/同志. */
const WITH = '(?:与|和|跟|同(?![一天日事志])|找了?|对(?!方))';
/** A clause: what stands before the people (group head: day, doer, 也/随后…), the people, the deed, a 了/吧 after it. */
const CLAUSE = new RegExp(`^(?<head>[^，,。；;!！?？]{0,28}?)(?<with>${WITH})\\s*(?<people>[^，,。；;!！?？]{1,20}?)\\s*(?:分别|逐一|一一|都|也|还|又)?\\s*(?:进行了?|开展了?)?\\s*(?<deed>${DEED})(?:了|吧|啦)?[\\s。!！]*$`);
/** Where a clause may end: a mark, or a space of voice input. */
const CLAUSE_END = /[，,。；;]\s*|\s+/g;
/** A day said in a clause's head: CLAUSE_DAY, 11.24, or a vague one (上周 · 上个月), which is asked. */
const HEAD_DAY = new RegExp(`${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?|上上?周(?![一二三四五六日天])|上个?月(?:初|中|底)?|前几天|前些天|月初`, 'g');
/** A day opening the clause with a comma after it (11月27日，), the day in group 1. */
const DAY_COMMA = new RegExp(`^((?:${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?))[，,]\\s*`);
/** The day of the clause before again: 同一天 · 当天 · 同日 · 当日. */
const SAME_DAY = /同一天|同天|当天|同日|当日/;
/** The day after the clause before: 第二天 · 次日 · 翌日. */
const NEXT_DAY = /第二天|次日|翌日/;
/** Words of order and addition in a clause's head, dropped once the clause is on its own line. */
const ORDER_WORDS = /同一天|同天|当天|同日|当日|第二天|次日|翌日|(?:签订|签完|签字|谈完|谈话)?(?:结束)?(?:后|之后|以后)|随后|然后|接着|后来|另外|此外|也|还|又|再|都/g;
/** 她说 · 他讲 · 她提到 opening a clause: what someone else told, their talk relayed. */
const RELAY = /^(?:他|她)(?:说|讲|提到|告诉我说?)[，,\s:：]*/;
/** 补充一下 · 补一句 opening the message: the addition announced, no words of the deed. */
const OPENING = /^(?:补充一下|补充|补一下|补一句|再补充一下)[，,:：\s]*/;
/** 他 · 她 alone: one person of the first clause. */
const SINGLE_BACK = /^[他她]$/;
/** A day of last week (上周二 · 上星期四), and a weekday said bare (周四 · 星期四). */
const LAST_WEEK = /^上(?:周|星期|礼拜)[一二三四五六日天]/;
const BARE_WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天]/;

/** The weekday a day's words end on (上周二 → 2, 周日 → 7), 0 for none. */
function weekdayIndex(day: string): number {
  return '一二三四五六日'.indexOf(day.replace(/(?:上午|下午|晚上)$/, '').slice(-1).replace('天', '日')) + 1;
}

/**
 * Whether `pronoun` (他 · 她) can only be the one person `people` (the first clause's people) names: exactly one named, and
 * 她 not said of someone configured 男 (他 is said of anyone).
 */
function onePersonFits(people: string, pronoun: string, ctx: ParseContext): boolean {
  const ids = namedPeople(people, ctx);
  if (ids?.length !== 1) return false;
  return pronoun !== '她' || ctx.directory.person(ids[0]!)?.gender !== '男';
}

/** 他 · 她 · 他们 · 她们 · 他俩 as the people: those the first clause named. */
export const BACK = /^(?:他|她)(?:们|俩)?$/;

export interface Clause {
  /** The day's words as written, absent when none is said. */
  day?: string;
  /** The doer's words (孙丽科长 · 我), absent when none is said. */
  doer?: string;
  /** The doer's id; the sender when 我/本人 or none. */
  doerId: string;
  people: string;
  with: string;
  deed: string;
  /** What the head said besides the day and doer: 同一天 · 第二天 · 随后… */
  order: string;
  relay: boolean;
  /** The clause as written. */
  words: string;
}

/** `words` read as a clause (CLAUSE), its head split into day, doer and order words; undefined when the head holds anything else. */
export function readClause(words: string, ctx: ParseContext): Clause | undefined {
  // 11月27日，王副理事长与孙科长…: the comma after an opening day is no end of the clause.
  const m = CLAUSE.exec(words.trim().replace(DAY_COMMA, '$1'));
  if (!m) return undefined;
  let head = m.groups!['head']!.replace(OPENING, '');
  const relay = RELAY.test(head);
  head = head.replace(RELAY, '');
  const days = head.match(HEAD_DAY) ?? [];
  if (days.length > 1) return undefined;
  head = head.replace(HEAD_DAY, '');
  const order = (head.match(ORDER_WORDS) ?? []).join('');
  const rest = head.replace(ORDER_WORDS, '').replace(/[\s，,:：]/g, '');
  let doerId = ctx.senderId;
  if (rest !== '' && rest !== '我' && rest !== '本人') {
    const ids = namedPeople(rest, ctx);
    if (ids?.length !== 1) return undefined;
    doerId = ids[0]!;
  }
  return { ...(days[0] !== undefined ? { day: days[0] } : {}), ...(rest !== '' ? { doer: rest === '本人' ? '我' : rest } : {}), doerId, people: m.groups!['people']!.trim(), with: m.groups!['with']!, deed: m.groups!['deed']!.replace(/\s/g, ''), order, relay, words };
}

/**
 * `text` (one line, as the member wrote it) with a second talk or signing of a doer, a day or a relay of its own written on a
 * line of its own after the first (`first⏎[day][doer][与][people][deed]`); `text` itself when it holds no such pair. The
 * second line's day is its own, else the first's (第二天/次日 counted from it, `ctx.now` giving the year), its doer its own,
 * else the first's; its people 他/她/他们 are the first's; a bare 谈了/签了 (no relay) takes the first's deed words. Never
 * splits when the second clause says nothing of its own, nor when either clause holds words it cannot place.
 */
export function withOwnClauseApart(text: string, ctx: ParseContext): string {
  if (text.includes('\n') || text.length > 90 || !/[谈签聊]/.test(text)) return text;
  for (const end of text.matchAll(CLAUSE_END)) {
    const firstWords = text.slice(0, end.index);
    if (!/[谈签聊]/.test(firstWords)) continue;
    const first = readClause(firstWords, ctx);
    if (first === undefined || BACK.test(first.people) || first.relay) continue;
    const second = readClause(text.slice(end.index + end[0].length), ctx);
    if (second === undefined) continue;
    // No doer said is the first clause's doer (同一天还找我也谈了 is 孙科长's again).
    const ownDoer = second.doer !== undefined && second.doerId !== first.doerId;
    const ownDay = second.day !== undefined && second.day !== first.day;
    const dayAgain = SAME_DAY.test(second.order) || NEXT_DAY.test(second.order) || /随后/.test(second.order);
    // 11月5日张伟与赵敏廉政谈话；刘芳与周涛谈心谈话 (round 20's inheritedDay): a new subject with no word going on (也 · 随后 …)
    // and no day is the readers' (the day asked or carried with a remark), as is a clause with nothing of its own.
    if (!ownDay && !second.relay && !dayAgain && !(ownDoer && second.order !== '')) continue;
    // 周四又和她谈心谈话 (pronounGender): a lone 他/她 of the same doer is the pronoun readers' (they know genders); 她 after
    // two people, or one configured 男, is never guessed here.
    // 另外11月24日和胡军也谈了 (round 30's freshTalk): a deed told as another (另外 · 此外) is the older readers'.
    if (/另外|此外/.test(second.order)) continue;
    // 另外当天还和吴静也签了 · 。随后又与王强进行了廉政谈话 from the doer: the sender's own deeds on one day are read as before.
    if (!ownDoer && !ownDay && !second.relay && first.doerId === ctx.senderId) continue;
    // 签完后又和她们谈了谈 · 之后又和他谈了谈 (talkAfterSigning's): the same doer's talk with those referred back is theirs.
    if (BACK.test(second.people) && !ownDoer && !second.relay) continue;
    // 今天再和何平谈 · 12月3日再和她们谈话: a talk still to come is the plan readers'.
    if (!/[了过]/.test(second.words)) continue;
    // 王副理事长上周四找周涛谈了话，同一天还找吴静也谈了 (round 60, fbe): an untyped talk's next one on that day with someone
    // else is one talk of two people asked its kind, as read; only the sender, otherwise dropped, is taken apart.
    if (!ownDay && !ownDoer && !second.relay && BARE_DEED.test(first.deed.replace(/话$/, '')) && second.people !== '我') continue;
    if (SINGLE_BACK.test(second.people) && (!ownDoer && !second.relay || !onePersonFits(first.people, second.people, ctx))) continue;
    // A relayed talk's day is its own or asked, never the day the sender talked.
    let day = second.day ?? (second.relay ? '' : (first.day ?? ''));
    // 上周二和周涛谈了心；周四又和吴静… (weekGoesOnAfterEntry): a bare weekday later in the week than last week's is last week's
    // too (周一 after 上周二 is this week's).
    if (second.day !== undefined && first.day !== undefined && LAST_WEEK.test(first.day) && BARE_WEEKDAY.test(second.day) && weekdayIndex(second.day) > weekdayIndex(first.day)) day = `上${second.day}`;
    if (second.day === undefined && first.day !== undefined && NEXT_DAY.test(second.order) && !second.relay) {
      const today = shanghaiDate(ctx.now);
      const from = parseDay(first.day, today).date;
      // 11月30日…，次日与刘芳… read on 11-30: a day still ahead is the next-day readers' (asked, never dropped as a plan).
      if (from === undefined || addDays(from, 1) > today) return text;
      day = writtenDay(addDays(from, 1), today);
    }
    const doer = second.doer ?? first.doer ?? '';
    const people = BACK.test(second.people) ? first.people : second.people;
    // 同一天还找我也谈了 · 同日刘芳也与周涛谈了: a bare 谈了 is the deed just told (also on a day of its own, as the house reads
    // 也谈了); one relayed is asked its kind.
    // A bare talk never takes a signing's words (签了责任书，又和两人谈了话), nor a bare 签了 a talk's.
    const deed = BARE_DEED.test(second.deed) && !second.relay && first.deed.includes('签') === second.deed.includes('签') ? first.deed : second.deed;
    // 找了我谈 is written 找我 (the readers know 找了 for no one named).
    return `${firstWords.replace(OPENING, '').trim()}\n${day}${doer}${second.with.replace('了', '')}${people}${deed}`;
  }
  return text;
}
