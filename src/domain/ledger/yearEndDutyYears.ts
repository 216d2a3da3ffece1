// The year's account on 责任书 signed for another year: one signed in December for the next year is that year's, and said so.
import type { Activity } from '../activity.js';
import { countingDay } from '../completion/countingDay.js';
import { inPeriod, type Period } from '../period.js';
import { cnDate } from './yearEndWords.js';

/** 「2026年12月15日、2026年12月18日」: the signing days, with their year (never the account's own). */
const days = (records: readonly Activity[]) => [...new Set(records.map((a) => a.date))].sort().map((d) => cnDate(d, true)).join('、');

/**
 * The sentences the account adds for records whose counting day (completion/countingDay) and own day fall on either side
 * of `period`: `countedHere`, signed before the period for a year in it (2026-12-15 for 2027, in 2027's account, where
 * it is counted), and `signedHere`, signed in the period for another year (in 2026's account, where it is not). Empty
 * when there are none. Pure: the records are those the account may show.
 */
export function dutyYearSentences(period: Period, countedHere: readonly Activity[], signedHere: readonly Activity[]): string[] {
  const before = countedHere.filter((a) => !inPeriod(period, a.date));
  const after = signedHere.filter((a) => !inPeriod(period, countingDay(a)));
  const out: string[] = [];
  for (const year of [...new Set(before.map((a) => a.dutyYear!))].sort()) {
    const mine = before.filter((a) => a.dutyYear === year);
    out.push(`上述责任书中，${mine.length}份系${days(mine)}提前签订的${year}年度责任书，计入${year}年度。`);
  }
  for (const year of [...new Set(after.map((a) => a.dutyYear!))].sort()) {
    const mine = after.filter((a) => a.dutyYear === year);
    out.push(`另于${days(mine)}提前签订${year}年度《党风廉政建设责任书》${mine.length}份，计入${year}年度，不计入本年度。`);
  }
  return out;
}
