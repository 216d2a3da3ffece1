// 吴静周涛我都谈完了 廉政的 → 「是哪一天？」 → 上周五 (round 22 #2: the day went to 吴静 only and the same question came
// back for 周涛): the talks (or signings) of one doer and one kind waiting for their day are asked as one, and one day
// answered is theirs together; several days answered in order are one each, as before. 和孙丽、王强谈了话，还签了责任书
// (round 26, W5: the day asked twice, once for the talks and once for the signings): talks and signings of one doer told
// in one message are asked their day as one too.
import { isTalkType } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';

const waitsForDay = (i: PendingItem) => i.problems[0]?.code === 'missing_date' && i.problems[0].count === undefined;

/**
 * The indexes of the items asked their day together with the one at `index`: it and the items right after it that wait
 * for their day too, talks or signings (any kind of them) of the same doer, each with one person (or each with no one
 * named yet, as the first), the same title and
 * the same month (when the message put them in one). Only `index` itself (a
 * list of one) when the item is no such pair, or when items like it before it still wait (they are asked first).
 */
export function waitingTogether(items: PendingItem[], index: number): number[] {
  const first = items[index];
  // 进行了集体廉政谈话，并签订了责任书 (round 36: the day asked of each, then 和谁 of each): with no one named yet, the
  // talk and the signing wait for their day together too, then for whom (whomAskedTogether).
  const people = first?.draft.counterpartIds.length;
  if (!first || !waitsForDay(first) || (people !== 1 && people !== 0)) return [index];
  const kind = first.draft.type;
  if (kind === undefined || !(isTalkType(kind) || kind === 'pledge_sign')) return [index];
  const pair = (k: PendingItem['draft']['type']) => k !== undefined && (isTalkType(k) || k === 'pledge_sign');
  // 6月和11月分别与王建国、刘芳…: the talks of one month are asked together, each month's in turn.
  const month = (i: PendingItem) => (i.problems[0]?.code === 'missing_date' ? i.problems[0].month : undefined);
  const alike = (i: PendingItem) =>
    waitsForDay(i) && month(i) === month(first) && pair(i.draft.type) && i.draft.actorId === first.draft.actorId && i.draft.counterpartIds.length === people && i.draft.title === first.draft.title;
  const together = [index];
  for (let k = index + 1; k < items.length && alike(items[k]!); k++) together.push(k);
  return together;
}
