// The clause-window walk both correctionsInWords and departmentsChange used (round 49, found by `duplicates --change`
// in round 48): at clause `start`, the longest run of up to `most` clauses that reads as one change.

/** The change read from the longest run of clauses from `start` (at most `most` of them, joined by ,), and where it ends. */
export function longestClauseRun<T>(
  clauses: readonly string[],
  start: number,
  most: number,
  read: (words: string) => T | null | undefined,
): { c: T; end: number } | undefined {
  for (let end = Math.min(clauses.length, start + most); end > start; end--) {
    const c = read(clauses.slice(start, end).join(','));
    if (c) return { c, end };
  }
  return undefined;
}
