// t49a O2: 「参加人数多于组织架构里登记的人数」 came for 赵敏's 32-person 党课 (the whole organisation has 26) but not for
// 郑华's 「教就部组织全体党员…15人参加」 (教育就业部 has 2): the count was only ever set against the whole organisation.
// Round 49 (t51b F10): it still missed 财务科's 「科室4人参加」 (3 registered) and 宣文部、组联部's 「两个部门共15名党员参加」
// (4 registered: a joint deed was always set against the organisation), and the rule was nowhere stated as one.
// The rule: a count is set against the roster of the people the message says it counts. When it says they are a
// department's own people — its 全体, 全部, 科室N人, 两个部门共N名党员 (allMembers) — against the people registered in that
// department, summed over the departments of a joint deed, plus the record's doer (a 分管领导 at his departments' meeting is
// in none of them). Any other count is set against the whole organisation's: a department's study that does not say whose
// people came may fairly bring others (duties.md: its 分管领导 attends and talks, and every member "attends education",
// not only in their own department) — 维权部…参加8人 says nothing its roster can contradict. Fewer than the roster is no
// slip (全体党员 need not be every member of staff). More is shown for a tap, never refused.
import type { Person } from '../organization.js';
import type { ReportDraft } from './draft.js';

/**
 * Whether `d` counts more attendees than the roster they came from: for a record whose count is its department(s)' own
 * people (allMembers, a department, no one talked to), the people registered in those departments and its doer (d.actorId,
 * else `senderId`); otherwise every person in `people` (the directory's). A roster of nobody says nothing (a directory
 * still being filled in).
 */
export function countAboveRoster(
  d: Pick<ReportDraft, 'attendees' | 'allMembers' | 'unitCount' | 'departmentId' | 'departmentIds' | 'counterpartIds' | 'actorId'> & Partial<Pick<ReportDraft, 'type'>>,
  people: readonly Pick<Person, 'id' | 'departmentId'>[],
  senderId?: string,
): boolean {
  if (d.attendees === undefined) return false;
  // 两部门共5人参加 (unitCount, t52b F8) counts the units' own people as 全体 does, without saying all of them came.
  // 11月26日 | 签订廉政承诺书 | 孙丽 | 5 in 财务科's 台账 (round 54, fjf, t56b F8: no note for 5 signers in a 3-person 科): a
  // department's signing with no one named is its own people signing, so their count is set against its roster too.
  const ownSigning = d.type === 'pledge_sign';
  const units = (d.allMembers === true || d.unitCount === true || ownSigning) && d.counterpartIds.length === 0 ? (d.departmentIds ?? (d.departmentId !== undefined ? [d.departmentId] : [])) : [];
  if (units.length === 0) return people.length > 0 && d.attendees > people.length;
  const members = people.filter((p) => p.departmentId !== undefined && units.includes(p.departmentId)).map((p) => p.id);
  if (members.length === 0) return false;
  const doer = d.actorId ?? senderId;
  return d.attendees > new Set([...members, ...(doer !== undefined ? [doer] : [])]).size;
}
