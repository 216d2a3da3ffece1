// 补一下10月份漏报的：去年10月22日… sent in December: 去年 and 「10月份」 name different Octobers, so the year is asked.
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { ParsedReport } from './draft.js';

/** 去年10月22日 · 去年的10.22: a day of last year, with its month and day. */
const LAST_YEAR_DAY = /去年\s*的?\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})/g;

/** 补录本季度的 · 补一下今年的: a 补录 of a period still open, which a day of last year cannot be in. */
const OPEN_PERIOD_BACKFILL = /(?:补|漏)[^。\n]{0,8}?(?:今年|本年度?|本季度|这个?季度|本月|这个?月)/;

const pad = (n: number) => String(n).padStart(2, '0');

/** 「10月份」 · 「10月的」 · 「10月漏报」 named before 去年 with no year and no day: this year's month, by default. */
function namesMonthBefore(before: string, month: number): boolean {
  return new RegExp(`(?<![\\d年]\\s*)(?<!去年\\s*的?\\s*)0?${month}\\s*月(?:份|的|漏|没|未)(?!\\s*\\d)`).test(before);
}

/**
 * The records dated by a 去年 that the message itself contradicts get the year asked first (ambiguous_year, this year's
 * day and last year's): round 18 stored 「补一下10月份漏报的：去年10月22日和刘洋谈心谈话」 at once for 2025-10-22. A
 * 补录 truly of last year (补录去年12月…, nothing else said) is left as it was read; so is one whose this-year day is
 * still to come.
 */
export function withYearAsked(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  const words = arabicizeNumerals(normalizeText(text));
  const thisYear = Number(today.slice(0, 4));
  const doubted = new Map<string, string>();
  for (const m of words.matchAll(LAST_YEAR_DAY)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    const mine = `${thisYear}-${pad(month)}-${pad(day)}`;
    if (mine > today) continue;
    if (namesMonthBefore(words.slice(0, m.index), month) || OPEN_PERIOD_BACKFILL.test(words)) doubted.set(`${thisYear - 1}-${pad(month)}-${pad(day)}`, mine);
  }
  if (doubted.size === 0) return reports;
  return reports.map((r) => {
    const mine = r.draft.date !== undefined ? doubted.get(r.draft.date) : undefined;
    if (mine === undefined || r.problems.some((p) => p.code === 'ambiguous_year')) return r;
    return { ...r, problems: [{ code: 'ambiguous_year' as const, dates: [mine, r.draft.date!] as [string, string] }, ...r.problems] };
  });
}
