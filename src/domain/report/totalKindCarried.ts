// 截止11月27日，全年共报送廉政信息6篇，11月27日报送了1篇 (round 28, n28: 没看懂): the type word was only in the total.
import { findKindMatches } from './parseKind.js';

/** A count of a deed (1篇 · 一次 · 2场 · 3人次) with no type word after it. */
const BARE_COUNT = /((?:\d+|[一两二三四五六七八九十]+)\s*(?:篇|次|场|期|人次))(?![\s\u0000]*(?:廉|警|信息|谈|党课|学习|教育|检查|会))/;

/**
 * `rest` (what is left once running totals are out) with the one type the removed totals named (`removed`) written after
 * its bare count: 「11月27日报送了1篇」 after 「全年共报送廉政信息6篇」 is 「11月27日报送了1篇廉政信息」. `rest` unchanged
 * when it names a type of its own, has no bare count, or the totals named none or several types.
 */
export function withTotalKindCarried(rest: string, removed: string): string {
  if (findKindMatches(rest).length > 0 || !BARE_COUNT.test(rest)) return rest;
  const kinds = findKindMatches(removed);
  if (kinds.length === 0 || new Set(kinds.map((k) => k.code)).size !== 1) return rest;
  return rest.replace(BARE_COUNT, `$1${kinds[0]!.text}`);
}
