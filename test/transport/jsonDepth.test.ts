import { describe, expect, it } from 'vitest';
import { MAX_EVENT_DEPTH, nestsDeeperThan } from '../../src/transport/jsonDepth.js';

/** The walk it replaced (its own stack, no recursion): the reference. */
function reference(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

describe('nestsDeeperThan', () => {
  it('answers as the walk with its own stack did, for values of every depth around the limit', () => {
    const nested = (n: number, i: number): unknown => {
      let v: unknown = i % 3 === 0 ? {} : i % 3 === 1 ? [] : 'leaf';
      for (let k = 0; k < n; k++) v = (k + i) % 2 === 0 ? { a: 1, b: v, c: null } : [1, null, v, 'x'];
      return v;
    };
    for (let n = 0; n < 70; n++) {
      for (const max of [0, 1, 2, 5, 63, MAX_EVENT_DEPTH, 65]) {
        for (let i = 0; i < 3; i++) {
          const v = nested(n, i);
          expect(nestsDeeperThan(v, max)).toBe(reference(v, max));
          // The deep branch beside shallow ones, parsed from JSON as a delivery is.
          const parsed = JSON.parse(JSON.stringify({ x: [1, { y: 2 }], deep: v, z: {} })) as unknown;
          expect(nestsDeeperThan(parsed, max)).toBe(reference(parsed, max));
        }
      }
    }
    for (const v of [null, undefined, 0, 'text', true]) expect(nestsDeeperThan(v, 0)).toBe(false);
  });
  it('does not overflow the stack on a value nested far deeper than the limit', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(nestsDeeperThan(JSON.parse(text), MAX_EVENT_DEPTH)).toBe(true);
  });
});
