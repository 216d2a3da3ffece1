// 「我与王建国、刘芳、陈志强进行了廉政谈话，时间分别是11月3日、4日」 (issue 10, round 31: every person put on every day, six
// talks on a card): 分别 pairs days with people one to one, so a list of days as long as no list of people pairs with
// nothing, and which day went with whom is asked, never a cross product offered.
import type { ParsedReport } from './draft.js';

/** 11月3日 · 2026-11-03 → 11月3日, for the remark naming the days written. */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * `reports`, one per person talked to (each with one counterpart, all different), with their day taken away and asked
 * when 分别 pairs them with `dates` (ISO days, two or more) of another count; a remark names the days written, so the
 * member answers one day per person in order. Undefined when the records are no such list of people (several
 * counterparts on one record, the same person twice: 赵磊 on two days, a type per day) or the counts agree.
 */
export function daysPeopleUnpaired(reports: ParsedReport[], dates: string[]): ParsedReport[] | undefined {
  if (dates.length < 2 || reports.length < 2 || reports.length === dates.length) return undefined;
  if (reports.some((r) => r.draft.counterpartIds.length !== 1)) return undefined;
  if (new Set(reports.map((r) => r.draft.counterpartIds[0])).size !== reports.length) return undefined;
  const remark = `写了${dates.length}个日期（${dates.map(monthDay).join('、')}）、${reports.length}个人，分别对不上，请按人员顺序逐一回复每人的日期`;
  return reports.map((r, i) => {
    const { date: _unpaired, ...draft } = r.draft;
    const problems = [{ code: 'missing_date' as const }, ...r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date')];
    return { ...r, draft: { ...draft, late: false }, problems, remarks: i === 0 ? [...r.remarks, remark] : r.remarks, reasons: [...(r.reasons ?? []), 'items' as const] };
  });
}
