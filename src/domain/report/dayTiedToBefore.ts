// 「11月下旬召开…分管科室…会议，同时和王磊、何平两位负责同志开展了谈心谈话」 (t47b F8: after 「11月24日」 for the meeting the
// talks were asked their day again): a clause opening with 同时 · 当天 · 会后 · 随后 is of the time of the clause before, so
// when neither has a day the one answer is both's. The records wait marked (sameAsBefore), and the answer is theirs too.
import type { ParsedReport } from './draft.js';
import type { PendingItem } from './followUp.js';

/** 同时 · 同日 · 当天 · 随后 · 会后 · 会上 · 接着 opening the clause (after 并/还/也). */
// 「11月中旬去康复中心检查了作风纪律 顺便和何平主任谈了话」 (t52a F2: after 「11月18日」 for the check the talk was asked its day
// again): what is done 顺便 · 顺带 · 顺手 · 捎带 is done on the same trip, so on the same day.
const TIED_OPENING = /^[\s\u0000,，]*(?:并|还|也|又)?[\s\u0000,，]*(?:顺便|顺带|顺手|捎带|同时|同日|当日|当天|同一天|随后|随即|会后|会上|会前|散会后|会议结束后|结束后|接着|紧接着)/;

/**
 * `found`, the records of `clause`, with their day question marked sameAsBefore when the clause opens tied to the one
 * before and the records just before (`before`, of the same line) wait for their day too. Unchanged otherwise.
 */
export function markedTiedToDayBefore(found: ParsedReport[], clause: string, before: readonly ParsedReport[]): ParsedReport[] {
  if (!TIED_OPENING.test(clause) || !before.some((r) => r.draft.date === undefined && r.problems.some((p) => p.code === 'missing_date' && p.count === undefined))) return found;
  return found.map((r) =>
    r.draft.date !== undefined ? r : { ...r, problems: r.problems.map((p) => (p.code === 'missing_date' && p.count === undefined ? { ...p, sameAsBefore: true } : p)) },
  );
}

/**
 * `together` (indexes of `items` asked their day as one, in order) with the items after it that wait for their day
 * marked sameAsBefore, each tied to the one before it.
 */
export function withTiedAfter(items: readonly PendingItem[], together: readonly number[]): number[] {
  const out = [...together];
  for (let k = out.at(-1)! + 1; k < items.length; k++) {
    const first = items[k]!.problems[0];
    if (first?.code !== 'missing_date' || first.sameAsBefore !== true) break;
    out.push(k);
  }
  return out;
}
