// Small Chinese phrasings the year's account repeats: 3月5日, a list of days, a list of titles or names.
import type { LedgerRow } from './rows.js';

/** 2026-03-05 → 3月5日, or 2026年3月5日 when the year must be said (a period across years). */
export function cnDate(date: string, withYear = false): string {
  const [y, m, d] = date.split('-');
  return `${withYear ? `${Number(y)}年` : ''}${Number(m)}月${Number(d)}日`;
}

/** A few days named one by one; more than `max` as a span, so a monthly check does not list twelve dates. */
export function dateList(rows: readonly LedgerRow[], max = 4): string {
  const days = [...new Set(rows.map((r) => r.date))].sort();
  if (days.length === 0) return '';
  const withYear = days[0]!.slice(0, 4) !== days[days.length - 1]!.slice(0, 4);
  if (days.length <= max) return days.map((d) => cnDate(d, withYear)).join('、');
  return `${cnDate(days[0]!, withYear)}至${cnDate(days[days.length - 1]!, withYear)}`;
}

/** 《a》《b》《c》等 */
export function titleList(rows: readonly LedgerRow[], max = 5): string {
  const titles = [...new Set(rows.map((r) => r.title).filter((t): t is string => !!t))];
  if (titles.length === 0) return '';
  return titles.slice(0, max).map((t) => `《${t}》`).join('') + (titles.length > max ? '等' : '');
}

/** 王建国、刘芳等5人 (or 等9个科室 with another measure word). */
export function nameList(names: readonly string[], max = 6, measure = '人'): string {
  const unique = [...new Set(names)];
  if (unique.length <= max) return unique.join('、');
  return `${unique.slice(0, max).join('、')}等${unique.length}${measure}`;
}

/** Clauses joined into one sentence: 「lead，a；b。」, or nothing when there are no clauses. */
export function sentence(lead: string, clauses: readonly string[]): string {
  const kept = clauses.filter((c) => c.length > 0);
  if (kept.length === 0) return '';
  return `${lead}${kept.join('；')}。`;
}

/** （…） around a detail, or nothing. */
export function paren(text: string): string {
  return text ? `（${text}）` : '';
}
