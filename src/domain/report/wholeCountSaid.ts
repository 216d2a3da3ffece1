// 王芳's table cell 「全体干部（32人）」 (round 64, gdh; t67a F5): stored 「32人参加」 with 全体 lost, and whose 全体 never said.
// A 全体 with its count in brackets is that count, of everyone: the record keeps the count and 全体 (allMembers), and the card
// says whose 全体 it was read as (the record's unit, else its doer's), so the member can put it right.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** 全体干部（32人） · 全体党员(12人): group 1 who, group 2 the count. */
const WHOLE_COUNT = /全体([\u4e00-\u9fa5]{0,6}?)\s*[（(]\s*(\d+)\s*人\s*[）)]/;

/** `reports` with the record of that count marked 全体 and the note said; as they were when none is. */
export function withWholeCountSaid(reports: ParsedReport[] | null, text: string, directory: Directory, senderId: string): ParsedReport[] | null {
  if (reports === null) return reports;
  const m = WHOLE_COUNT.exec(text);
  if (!m || reports.some((r) => r.draft.allMembers)) return reports;
  const n = Number(m[2]);
  if (!reports.some((r) => r.draft.attendees === n)) return reports;
  return reports.map((r) => {
    if (r.draft.attendees !== n) return r;
    const doer = directory.person(r.draft.actorId ?? senderId);
    const unit = directory.department(r.draft.departmentId ?? doer?.departmentId ?? '');
    const note = unit ? `「${m[0]}」：按${unit.name}全体${m[1]}${n}人记录，不是${unit.name}的请点「修改」` : `「${m[0]}」：按全体${m[1]}${n}人记录`;
    return { ...r, draft: { ...r.draft, allMembers: true }, remarks: [...r.remarks, note] };
  });
}
