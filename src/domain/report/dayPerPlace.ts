// 「这个月去了教就部和维权部检查作风纪律 教就部是3号 维权部是4号」 · 「上个月给宣文部和康复中心各讲了一次党课 宣文部是10号 康
// 复中心是20号」 (round 49, fve kind 3: one record at both places on the first day, stored at once, the other day dropped
// without a word): places listed, then each place's own day, are one deed per place, as 周涛是6号，吴静是20号 are per person.
import type { ParseContext, ParsedReport } from './draft.js';
import type { ReadingDay } from './parseSegment.js';
import { datedByKeys, departmentWritten } from './dayPerPerson.js';

/**
 * `reports` with each record held at two or more departments split into one record per department, each on the day the
 * words give that department (教就部是3号 · 维权部（4号） · 维权部4号); a department given none is asked its day. A record
 * none of whose departments (or only one) is given a day of its own is left as it was.
 */
export function dayPerPlace(reports: ParsedReport[], text: string, ctx: ParseContext, on: ReadingDay): ParsedReport[] {
  // The same array when nothing is split: the caller then spreads the records over a list of days (onEachDay) as before.
  if (!reports.some((r) => (r.draft.departmentIds ?? []).length > 1)) return reports;
  const out = reports.flatMap((r) => {
    const ids = r.draft.departmentIds ?? [];
    if (ids.length < 2) return [r];
    const written = ids.map((id) => departmentWritten(text, id, ctx));
    if (written.some((w) => w === undefined)) return [r];
    const each = ids.map((id) => {
      const { departmentIds: _all, ...draft } = r.draft;
      return { ...r, draft: { ...draft, departmentId: id }, problems: [...r.problems], remarks: [...r.remarks] };
    });
    const dated = datedByKeys(each, written, text, on);
    return dated === each ? [r] : dated;
  });
  return out.length === reports.length && out.every((r, i) => r === reports[i]) ? reports : out;
}
