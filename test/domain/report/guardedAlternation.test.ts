// The guarded alternation must read exactly as the plain one: same matches, same captures, same backtracking.
import { describe, expect, it } from 'vitest';
import { guardedAlternation } from '../../../src/domain/report/guardedAlternation.js';
import { alternation } from '../../../src/domain/report/parseDirectoryIndex.js';

/** A seeded generator (mulberry32), so every run compares the same cases. */
function seeded(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/** Every match of `source` in `text` with its index and groups, as replace walks them. */
function matches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'g'))].map((m) => `${m.index}:${JSON.stringify([...m])}`);
}

/** Surroundings in the parser's shapes (the choice always in a group, as the callers write it): a quantified prefix, names in a list, captures, and tails that need a shorter name. */
const SHAPES = [
  (n: string) => `(^|[,，])((?:今天|昨天|[ab]){0,3})((?:${n})(?:[、和]?(?:${n})){0,3})(c|国庆)?我`,
  (n: string) => `(${n})(?:同志)?(?:bc|国)`,
  (n: string) => `(?:${n})+c`,
  (n: string) => `x(?:${n}|我)(?=[,，]|$)`,
  (n: string) => `^(a*)((?:${n}){2})$`,
];

describe('guardedAlternation', () => {
  it('reads every text as the plain alternation does, names of mixed lengths included', () => {
    const next = seeded(14);
    const alphabet = ['a', 'b', 'c', '王', '建', '国', '庆'];
    const fillers = [...alphabet, '我', '和', '、', ',', '今天', '同志'];
    let compared = 0;
    for (let round = 0; round < 60; round++) {
      const words = Array.from({ length: 1 + next(8) }, () => Array.from({ length: 1 + next(4) }, () => alphabet[next(alphabet.length)]).join(''));
      // Names that are prefixes of one another (王建 · 王建国), where only backtracking to the shorter one matches.
      words.push('王建', '王建国', 'ab', 'abc');
      for (const shape of SHAPES) {
        const plain = shape(alternation(words));
        const guarded = shape(guardedAlternation(words));
        for (let k = 0; k < 40; k++) {
          // Texts made of the names themselves and the words around them, so names meet, overlap and run together.
          const pieces = [...fillers, ...words];
          const text = Array.from({ length: next(8) }, () => pieces[next(pieces.length)]).join('');
          expect(matches(guarded, text), `${plain} on ${text}`).toEqual(matches(plain, text));
          compared++;
        }
      }
    }
    expect(compared).toBe(60 * SHAPES.length * 40);
  });

  it('backtracks to a shorter name when the longer one leaves the rest unmatched', () => {
    const names = guardedAlternation(['王建', '王建国']);
    expect(new RegExp(`(${names})国庆`).exec('王建国庆')?.[1]).toBe('王建');
    expect(new RegExp(`(${names})了`).exec('王建国了')?.[1]).toBe('王建国');
    expect(new RegExp(`(${names})国?`).exec('王建国')?.[1]).toBe('王建国');
  });

  it('is empty for no words, as alternation is, and keeps an empty word as the last choice', () => {
    expect(guardedAlternation([])).toBe('');
    expect(alternation([])).toBe('');
    expect(matches(`x(?:${guardedAlternation(['ab', ''])})b`, 'xabb xb')).toEqual(matches(`x(?:${alternation(['ab', ''])})b`, 'xabb xb'));
  });

  it('escapes what a name may hold that a regexp would read', () => {
    expect(new RegExp(`^(?:${guardedAlternation(['a.b', '(c)'])})$`).test('axb')).toBe(false);
    expect(new RegExp(`^(?:${guardedAlternation(['a.b', '(c)'])})$`).test('(c)')).toBe(true);
  });
});
