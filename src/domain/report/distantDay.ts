// 王建国 on 12-06: 「1月5日和李明进行了廉政谈话」 (round 56, fgf, t58a F7: stored at once as 2026-01-05, eleven months back):
// a month and day with no year, read as this year's, that fall more than three months before today may be a slip of the
// month (11月5日 · 12月5日) or next January's plan: shown on a card with how long ago it is, never stored at once.
// A day the member dated themselves (去年12月20日 · 2025年… · 今年3月… · 全年…其中3月12日 · 三季度…8月20日) keeps its reading.
import type { ParsedReport } from './draft.js';
import { addDays, shanghaiDate } from '../shanghai.js';

/** Days before today past which a day written without its year is shown for a tap (about three months). */
export const DISTANT_DAYS = 92;

/** Words that say which year (or which part of it) the message's days are in. */
const YEAR_SAID = /\d{4}\s*[年.\-/]|去年|今年|上一年|前年|本年度?|全年|年初|年中|年底|年度|上半年|下半年|季度|[一二三四1-4]季/;

/** Whole months between two YYYY-MM-DD days (`later` after `earlier`), rounded down. */
function monthsBetween(earlier: string, later: string): number {
  const [y1, m1, d1] = earlier.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = later.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/**
 * `reports` with those dated more than DISTANT_DAYS before `now` (Shanghai) given the `distant_day` reason and a remark
 * naming the day and how many months back it is, when `text` says no year; the same array otherwise.
 */
export function withDistantDayNoted(reports: ParsedReport[], text: string, now: Date): ParsedReport[] {
  if (YEAR_SAID.test(text)) return reports;
  const today = shanghaiDate(now);
  const cut = addDays(today, -DISTANT_DAYS);
  const noted = new Set<string>();
  for (const r of reports) {
    const day = r.draft.date;
    if (day === undefined || day >= cut) continue;
    if (!(r.reasons ?? []).includes('distant_day')) r.reasons = [...(r.reasons ?? []), 'distant_day'];
    if (noted.has(day)) continue;
    noted.add(day);
    const [, m, d] = day.split('-').map(Number);
    r.remarks.push(`${m}月${d}日是${Math.max(3, monthsBetween(day, today))}个月前的日期（消息里没有写年份），请核对是不是写错了月份`);
  }
  return reports;
}
