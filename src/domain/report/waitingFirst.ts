// 「孙丽是11.21」 to 与李明、孙丽、王强的廉政谈话是哪一天？ (round 60, fba, t62b F1): the day of the one in the middle answered,
// 李明 was asked alone and 王强 after him — the talks still waiting no longer stood side by side (waitingTogether). Within the
// span asked as one, those still waiting for their day move before those answered, so the next question asks them as one.

/**
 * `items` with the entries at `span` (ascending indexes, one contiguous run as waitingTogether returns) reordered: those
 * whose first problem is still missing_date first, then the others, each in their order; the rest untouched.
 */
export function waitingFirst<T extends { problems: readonly { code: string }[] }>(items: T[], span: readonly number[]): T[] {
  if (span.length < 2) return items;
  const run = span.map((i) => items[i]!);
  const waits = (it: T) => it.problems[0]?.code === 'missing_date';
  const ordered = [...run.filter(waits), ...run.filter((it) => !waits(it))];
  const out = [...items];
  span.forEach((at, k) => (out[at] = ordered[k]!));
  return out;
}
