// 「我与王建国、刘芳、陈志强进行了廉政谈话，时间分别是11月3日、4日」 (issue 10, round 31: every person put on every day, six
// talks on a card): 分别 pairs days with people one to one, so a list of days as long as no list of people pairs with
// nothing, and which day went with whom is asked, never a cross product offered. The same holds for places (round 33a:
// 「11月10日、17日、24日，林晓分别到组联部、康复部进行了作风纪律检查」 gave six checks on a card).
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** 11月3日 · 2026-11-03 → 11月3日, for the remark naming the days written. */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * What each record pairs with: one person talked to each (all different), or one department visited each (all
 * different, no one talked to). Undefined when the records are no such list.
 */
function pairedWith(reports: ParsedReport[], directory?: Directory): { noun: string; names: string[] } | undefined {
  const distinct = (keys: (string | undefined)[]) => keys.every((k) => k !== undefined) && new Set(keys).size === keys.length;
  const people = reports.map((r) => (r.draft.counterpartIds.length === 1 ? r.draft.counterpartIds[0] : undefined));
  if (distinct(people)) return { noun: '人', names: [] };
  const places = reports.map((r) => (r.draft.counterpartIds.length === 0 && r.draft.departmentIds === undefined ? r.draft.departmentId : undefined));
  if (distinct(places)) return { noun: '部门', names: places.map((id) => directory?.department(id!)?.name ?? id!) };
  return undefined;
}

/**
 * `reports`, one per person talked to (each with one counterpart, all different) or per department visited (each at one
 * department, all different), with their day taken away and asked when 分别 pairs them with `dates` (ISO days, two or
 * more) of another count; a remark names the days written (and the departments), so the member answers one day per
 * record in order. Undefined when the records are no such list (several counterparts on one record, the same person
 * twice: 赵磊 on two days, a type per day) or the counts agree. `directory` names the departments in the remark.
 */
export function daysPeopleUnpaired(reports: ParsedReport[], dates: string[], directory?: Directory): ParsedReport[] | undefined {
  if (dates.length < 2 || reports.length < 2 || reports.length === dates.length) return undefined;
  const paired = pairedWith(reports, directory);
  if (!paired) return undefined;
  const remark =
    paired.noun === '人'
      ? `写了${dates.length}个日期（${dates.map(monthDay).join('、')}）、${reports.length}个人，分别对不上，请按人员顺序逐一回复每人的日期`
      : `写了${dates.length}个日期（${dates.map(monthDay).join('、')}）、${reports.length}个部门（${paired.names.join('、')}），分别对不上，请按部门顺序逐一回复每处的日期`;
  return reports.map((r, i) => {
    const { date: _unpaired, ...draft } = r.draft;
    const problems = [{ code: 'missing_date' as const, written: dates }, ...r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date')];
    return { ...r, draft: { ...draft, late: false }, problems, remarks: i === 0 ? [...r.remarks, remark] : r.remarks, reasons: [...(r.reasons ?? []), 'items' as const] };
  });
}
