// 「12月1日部门集体学习…，12月3日与张颖同志进行了廉政提醒谈话，部门签订了廉政承诺书」 (t47b F3: the 承诺书 stored on 12-03,
// the talk's day, without a word): after clauses that each wrote a day of their own, a clause with none is not told as
// part of the one before — its day is not written, so it is asked. A word tying it to that day (当天 · 随后 · 会后 · 同时 ·
// 并 · 还…) keeps the day, as does a deed going on with the one just told (签订了承诺书 with the 张颖 of the talk before).
import type { ParsedReport } from './draft.js';

/** Words saying the clause goes on from the one before, in its time: 当天 · 同日 · 随后 · 会后 · 同时 · 并 · 又 · 还 · 也 · 都. */
const TIED = /同日|当日|当天|同一天|同天|那天|随后|随即|之后|此后|然后|接着|会后|会上|会前|会中|结束后|其间|期间|同时|顺便|趁|现场|当场|并|又|还|也|再|都|均|分别|一并|一同|其中/;

/**
 * Whether `clause`, whose records `found` took the day of the clause before (no day of its own), follows at least two
 * clauses of its line (`earlier`: each clause's records, in order) that were of different days, says no word tying it to
 * the day before, and shares no one with the clause just before: then its day is in doubt and asked.
 */
export function dayAfterDatedListInDoubt(clause: string, found: readonly ParsedReport[], earlier: readonly ParsedReport[][]): boolean {
  if (found.length === 0 || earlier.length < 2 || TIED.test(clause)) return false;
  const days = new Set(earlier.map((piece) => piece[0]?.draft.date).filter((d) => d !== undefined));
  if (days.size < 2) return false;
  const before = earlier.at(-1)!;
  const day = before[0]?.draft.date;
  if (day === undefined || !found.some((r) => r.draft.date === day)) return false;
  const namedBefore = new Set(before.flatMap((r) => r.draft.counterpartIds));
  return !found.some((r) => r.draft.counterpartIds.some((id) => namedBefore.has(id)));
}
