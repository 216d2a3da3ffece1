// 王芳「11月份党风廉政建设工作小结：…其中王建国副理事长与李明、孙丽各谈1次，刘芳副理事长与周涛谈1次；组织警示教育1次…」 (round 69,
// gic; t71c: five questions, one a doer, each waiting for the answer before): the items of a message that said only its month
// (a summary's 本月 · 上月 · 10月份) and no day are asked their days in ONE question that lists them numbered; an answer
// naming some of them (1、2是11月12日) leaves the rest asked in one question again.
import { activityTypeName } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';
import { numberedDaysAnswer, type ListedItem } from './numberedDaysAnswer.js';
import { waitingTogether } from './waitingTogether.js';

/** Waiting for its own day: no count (共 2 次…分别是哪几天 is its own question) and no month of several (6月和11月…). */
const waitsForDay = (i: PendingItem) => {
  const p = i.problems[0];
  return p?.code === 'missing_date' && p.count === undefined && p.month === undefined;
};

/**
 * The indexes of every item of `items` waiting for its day, when the first of them was told only within a span the message
 * said (problem.span: 11月 · 本月 · 上月), the message has three items or more, and they are more than the older question asks
 * as one (waitingTogether: one doer's talks); undefined otherwise (the older questions, one at a time, stay).
 */
export function datelessListed(items: readonly PendingItem[]): number[] | undefined {
  const waiting = items.map((it, i) => (waitsForDay(it) ? i : -1)).filter((i) => i >= 0);
  const first = waiting[0];
  // Two items alone keep their two questions (a 分别 pair of units or months, 后面又… a second deed: each answered in
  // turn since round 39); a list is for a summary's three and more, and for what is left of one (两项 after 1、2 answered).
  if (first === undefined || waiting.length < 2 || items.length < 3) return undefined;
  const problem = items[first]!.problems[0]!;
  if (problem.code !== 'missing_date' || problem.span === undefined) return undefined;
  // The first must be the item asked now (nothing else before it still open), and the list more than its own group.
  if (items.findIndex((i) => i.problems.length > 0) !== first) return undefined;
  if (waitingTogether([...items], first).length >= waiting.length) return undefined;
  return waiting;
}

/**
 * The number 第N条 the card shows beside `items[index]` (as the receipt and corrections read it): the message's own entry
 * number when every item has one, else its place in the list from 1.
 */
export function itemNumber(items: readonly PendingItem[], index: number): number {
  return items.every((i) => i.entry !== undefined) ? items[index]!.entry! : index + 1;
}

/** The listed items as numberedDaysAnswer reads them: each one's number and its kind's names (警示教育 · 警示). */
export function listedItems(items: readonly PendingItem[], indexes: readonly number[]): ListedItem[] {
  return indexes.map((i) => {
    const type = items[i]!.draft.type;
    const name = type === undefined ? undefined : activityTypeName(type);
    return { number: itemNumber(items, i), kinds: name === undefined ? [] : [name, ...(name.length > 2 ? [name.slice(0, 2)] : [])] };
  });
}

/**
 * Whether `answer` names items of the one question listing a month's dateless items (「3是11月20日，警示教育11月26日」):
 * then it is that question's answer, never a new report of its own though it names a kind and a day. `today` YYYY-MM-DD.
 */
export function answersListedDays(items: readonly PendingItem[], answer: string, today: string): boolean {
  const listed = datelessListed(items);
  const first = listed === undefined ? undefined : items[listed[0]!]!.problems[0];
  if (listed === undefined || first?.code !== 'missing_date' || first.span === undefined) return false;
  return numberedDaysAnswer(answer, listedItems(items, listed), today, first.span.from.slice(0, 7)) !== undefined;
}
