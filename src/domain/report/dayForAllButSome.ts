// 「都是11月20号 赵敏那天出差 是23号谈的」 to 与王建国、刘芳、陈志强、赵敏的廉政谈话是哪一天？ (round 60, fba, t62b F2: all
// four put on 11-20 on the card): one day said for everyone and another for some of them — 都是D，X是D2 · 除了X都是D，X是D2 ·
// 基本都是D 只有X是D2 · X是D1，其余/剩下的/其他人都是D2 — gives those named their own day and everyone else the common one.
import type { ParseContext } from './draft.js';
import { dayOf, peopleOf, type DayPeople } from './dayPeopleParts.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';
import { shanghaiDate } from '../shanghai.js';

/** What an answer of this shape says: the day of everyone not named, and the named people's own days. */
export interface DayForAllButSome {
  /** YYYY-MM-DD of everyone the answer does not name with a day of their own. */
  others: string;
  /** The people named apart, each with their day (a person in one part only). */
  named: DayPeople[];
}

/** Everyone else, said with the common day: 都 · 均 · 全 · 其余 · 其他人 · 剩下的 · 别的 · 基本都 · 大部分. */
const OTHERS_WORDS =
  /^(?:其[余他它](?:人|的|几位|几个|同志|领导|人员)?|剩下(?:的)?(?:人|几位|几个|同志)?|别的(?:人|同志)?|另外(?:几位|几个|的)|基本上?|大部分(?:人)?|大多数(?:人)?)?(?:也|都|均|全|全部|全都)?(?:是|在|为|于)?(?:同一天)?(?:谈的|签的|进行的|的)?$/;
/** The common day needs one of these, or 「D」 alone would be anyone's. */
const OTHERS_MARK = /都|均|全|其[余他它]|剩下|别的|另外|大部分|大多数/;
/** 除了赵敏(以外) …: the people before 都, not on the common day. */
const EXCEPT = /^(?:除了|除去|除开|除)(.+?)(?:以外|之外|外)?(?:的)?(?=(?:其[余他它]|别的|剩下)?(?:人|的|几位|同志)?(?:也|都|均|全|全部|全都)|$)/;
/** Said beside a person of their own day: 只有 · 就 · 唯独 · 但 · 不过 before, 那天出差/请假… after (why they were not on it). */
const ASIDE_BEFORE = /^(?:只有|只是|就|仅|唯独|唯有|但是?|不过|另外|其中)/;
const AWAY = /(?:那天|当天|当时|那次)?(?:在)?(?:出差|请假|休假|外出|不在|有事|没来|没在|开会|生病|病假)(?:了|去了)?/g;
/** 她/他 after 除了X: the one excepted. */
const PRONOUN = /^(?:她|他)(?:是|在|于|为)?(?:谈的|签的|进行的|的)?$/;
/** The 嗯/对 a spoken answer opens with. */
const OPENER = /^[\s\u0000]*(?:嗯+|对|对的|是的|好的|哦|噢)[,，。\s\u0000]+/;
/** A cheap gate: every shape says one of these. */
const GATE = /都|均|全|其[余他它]|剩下|别的|除|大部分|大多数/;

/**
 * Reads `answer` (to 是哪一天) as one day for everyone else and days of their own for those it names. Undefined unless it
 * says exactly one common day (with 都/其余/剩下…) and at least one person with a day of their own, every person a
 * directory person, no one twice, nothing else in it. Pure; `ctx.now` gives the year of days written without one.
 */
export function dayForAllButSome(answer: string, ctx: ParseContext): DayForAllButSome | undefined {
  if (!GATE.test(answer)) return undefined;
  const today = shanghaiDate(ctx.now);
  const text = arabicizeNumerals(normalizeText(answer)).replace(OPENER, '').replace(/[。.!！\s]+$/, '');
  const marked = text.split(/[,，;；。\n]+/).map((c) => c.trim()).filter((c) => c !== '');
  const chunks = marked.length >= 2 ? marked.flatMap((c) => c.split(/\s+/)) : text.split(/[,，;；。\n\s]+/).filter((c) => c !== '');
  let others: string | undefined;
  let excepted: string[] = [];
  const named: DayPeople[] = [];
  let held: string[] = [];
  for (const chunk of chunks) {
    const except = EXCEPT.exec(chunk);
    const body = except ? chunk.slice(except[0].length) : chunk;
    if (except) {
      const ids = peopleOf(except[1]!.replace(/\s+/g, '、'), ctx);
      if (ids === undefined || ids.length === 0) return undefined;
      excepted = ids;
    }
    const day = dayOf(body, today);
    if (day.many) return undefined;
    const words = day.rest.replace(/\u0000+/g, '').trim();
    if (day.date !== undefined && OTHERS_WORDS.test(words) && (except || OTHERS_MARK.test(words))) {
      if (others !== undefined || held.length > 0) return undefined;
      others = day.date;
      continue;
    }
    if (except) {
      // 除了赵敏 (then 都是20号 on its own): the exception said, the common day next.
      if (day.date !== undefined || words !== '') return undefined;
      continue;
    }
    const bare = words.replace(ASIDE_BEFORE, '').replace(AWAY, '').trim();
    const ids = PRONOUN.test(bare) && excepted.length === 1 ? excepted : peopleOf(bare, ctx);
    if (ids === undefined) return undefined;
    if (day.date === undefined) {
      // 赵敏那天出差 (then 是23号谈的): the people, their day next.
      if (ids.length === 0) return undefined;
      held.push(...ids);
      continue;
    }
    const people = [...held, ...ids];
    held = [];
    if (people.length === 0) return undefined;
    named.push({ date: day.date, ids: people });
  }
  if (others === undefined || held.length > 0 || named.length === 0) return undefined;
  const all = named.flatMap((p) => p.ids);
  if (new Set(all).size !== all.length) return undefined;
  // 除了赵敏都是20号 with no day said for 赵敏: not this shape (赵敏 is asked again by the caller's ordinary reading).
  if (excepted.some((id) => !all.includes(id))) return undefined;
  return { others, named };
}
