// 【宣文动态】…赵敏一行到宣文部检查指导…。⏎赵敏一行听取了…汇报，查阅了部门廉政谈话记录。 (t44b F4's kin: once a visit's look
// through a department's 记录 became a check, the visit's own check and the look were two checks asked their type, one
// visit told twice): checks of no named type alike in everything — doer, day, place, the types offered — are one check.
import type { ParsedReport } from './draft.js';

/** What makes two untyped checks the same deed: every field of the record and the types the question offers. */
function sameness(r: ParsedReport): string | undefined {
  const d = r.draft;
  const asked = r.problems.length === 1 ? r.problems[0]! : undefined;
  if (d.type !== undefined || asked?.code !== 'missing_type') return undefined;
  if (d.departmentId === undefined || d.date === undefined || d.counterpartIds.length > 0 || d.title !== undefined || d.attendees !== undefined) return undefined;
  const among = asked.among;
  if (among === undefined || !among.every((t) => t.startsWith('inspect_') || t === 'pledge_check')) return undefined;
  return JSON.stringify([d.actorId ?? '', d.date, d.departmentId, (d.departmentIds ?? []).join(','), [...among].sort().join(',')]);
}

/**
 * `reports` with each untyped check (its type asked among the checks) that repeats an earlier one in doer, day and place
 * folded into that earlier one, its remarks kept there; unchanged when there is none.
 */
export function withOneAskedCheckPerVisit(reports: ParsedReport[]): ParsedReport[] {
  const first = new Map<string, number>();
  const out: ParsedReport[] = [];
  for (const r of reports) {
    const key = sameness(r);
    const at = key === undefined ? undefined : first.get(key);
    if (at === undefined) {
      if (key !== undefined) first.set(key, out.length);
      out.push(r);
      continue;
    }
    const kept = out[at]!;
    out[at] = { ...kept, remarks: [...kept.remarks, ...r.remarks.filter((m) => !kept.remarks.includes(m) && !m.startsWith('日期沿用上一句'))] };
  }
  return out.length === reports.length ? reports : out;
}
