// The directory's names as a regexp fragment V8 compiles once wherever the pattern reaches it (issue 14, footprint).
// Irregexp emits a node's code again for each different state ("trace") it is reached in, up to ten copies: the 1,000
// names after a quantified day prefix (今天…{0,3}) became 1–1.5 MiB of machine code per pattern, 4.2 MiB over four
// patterns, the largest item of the bot thread's idle heap. A lookahead flushes that state, so the names inside one are
// emitted once; what follows is a plain "skip n characters", cheap to copy.
import { alternation } from './parseDirectoryIndex.js';

/**
 * The same choice as `(?:${alternation(words)})` — the same strings, tried longest first, so the same matches and the
 * same backtracking — written as `(?:(?=(?:words of length n))[^]{n}|…)` for each length n, longest first. Words of one
 * length can match at one position only as the same characters, so the lookahead (atomic in JavaScript) loses no
 * alternative. '' when `words` is empty (as `alternation` gives). Lengths are UTF-16 code units: not for patterns with
 * the `u` or `v` flag, nor inside a lookbehind (which matches right to left, while the lookahead looks right).
 */
export function guardedAlternation(words: Iterable<string>): string {
  const byLength = new Map<number, string[]>();
  for (const w of new Set(words)) {
    const same = byLength.get(w.length);
    if (same) same.push(w);
    else byLength.set(w.length, [w]);
  }
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  return lengths
    .map((n) => (n === 0 ? '' : `(?=(?:${alternation(byLength.get(n)!)}))[^]{${n}}`))
    .join('|');
}
