// 「部门本月开展廉政教育两次：11月3日学习《条例》，11月17日观看警示片《零容忍》」 from 周涛 (round 45, frb, t47b F7's kind: both
// stored with no department, as 部门集中学习 alone had one): the sender's unit a counted lead names is that of each item it
// heads that the sender's department held.
import { isCheckType, isTalkType } from '../activityTypes.js';
import { countedLeadOfKind } from './countedLeadOfKind.js';
import { leadUnitWords } from './countedLeadOverItems.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { ownUnitNamed } from './ownUnitNamed.js';

/**
 * `reports` (null: no report, returned as it is) with the department of the sender's unit named in a counted lead of a kind over dated items (部门本月开展廉政教育
 * 两次：…) on each record of the sender's own (no other doer, no one talked or signed with, no department yet) that is no
 * check, talk, signing or 分管科室会议; `reports` itself when there is no such lead or it names no unit of the sender's.
 */
export function withCountedLeadUnit(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  const lead = reports === null ? undefined : countedLeadOfKind(text);
  if (reports === null || lead === undefined) return reports;
  const unit = leadUnitWords(lead.said);
  const departmentId = unit === '' ? undefined : ownUnitNamed(unit, ctx);
  if (departmentId === undefined) return reports;
  return reports.map((r) => {
    const d = r.draft;
    const held = d.type !== undefined && !isTalkType(d.type) && !isCheckType(d.type) && d.type !== 'pledge_sign' && d.type !== 'meeting_dept';
    return held && d.actorId === undefined && d.counterpartIds.length === 0 && d.departmentId === undefined ? { ...r, draft: { ...d, departmentId } } : r;
  });
}
