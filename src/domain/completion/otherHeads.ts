// Whose records besides the holder's meet a duty the department owes: the department's other heads, each while they headed it.
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { DateRange } from './activityIndex.js';

/** Another head of a department the holder heads, and the part of the period they headed it. */
export interface OtherHead {
  personId: string;
  range: DateRange;
}

/** The usual answer, shared: asked for every part of every question (a year's card asks it ~1,000 times). */
const NONE: readonly OtherHead[] = Object.freeze([]);

/**
 * A duty the department owes (自查总结, 调研报告, 信息报送, 向党组报告: `dept_heads`, `count`) is met by
 * a record of any head of that department within the period, not only by whoever heads it on
 * the period's holder day: a head replaced on 2 December leaves the 自查 李明 filed in March
 * done for 办公室, not 0 for 王芳. `directory` is the holder day's; empty when nobody else
 * headed the holder's departments during `range` (the usual case, undated or unchanged).
 */
export function otherHeads(directory: Directory, duty: Pick<Duty, 'responsible' | 'per'>, personId: string, range: DateRange): readonly OtherHead[] {
  if (duty.per !== 'count' || !duty.responsible.includes('dept_heads') || !directory.dated) return NONE;
  const out: OtherHead[] = [];
  for (const department of directory.headedBy(personId)) {
    for (const h of department.heads ?? []) {
      if (h.personId === personId || h.personId === '') continue;
      const start = h.from && h.from > range.start ? h.from : range.start;
      const end = h.until && h.until < range.end ? h.until : range.end;
      if (start <= end && !out.some((o) => o.personId === h.personId && o.range.start === start && o.range.end === end)) {
        out.push({ personId: h.personId, range: { start, end } });
      }
    }
  }
  return out;
}
