// 12月上旬 · 12月中旬 · 12月底 read on a day of that part or before it: a part of a month not over yet, what is said of it still to come.

/** 12月上旬 · 12月中旬 · 12月下旬 · 12月底: a part of a month, with the last day of it. */
const MONTH_PART = /(\d{1,2})月(上旬|初|中旬|下旬|底|末)/;

/**
 * Whether `text` (Arabic numerals) names a part of a month that is not over at `today` (YYYY-MM-DD), read as this
 * year's: 12月上旬 on 12-01 to 12-10, or any part of a later month this year.
 */
export function monthPartAhead(text: string, today: string): boolean {
  const m = MONTH_PART.exec(text);
  if (!m) return false;
  const month = Number(m[1]);
  const [, thisMonth, day] = today.split('-').map(Number) as [number, number, number];
  if (month !== thisMonth) return month > thisMonth && month <= 12;
  const lastDay = m[2] === '上旬' || m[2] === '初' ? 10 : m[2] === '中旬' ? 20 : 31;
  return day <= lastDay;
}
