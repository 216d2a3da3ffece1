// 王芳 (科员, 办公室)「…；组织警示教育1次，参加32人。」 (round 69, gia; t71c: 李明's on the card, stored on 确认): a clerk's
// activity that names no organiser was her head's whenever her unit's people could have done it together (collectiveDeed).
// It reaches beyond her unit when more came than the unit has and at the scale of the whole (32 of 办公室's 5, of 26), or when the message is the organisation's
// own account (党风廉政建设工作小结 · 工作动态): then the unit's head is a guess, and a wrong 台账 row once tapped through.
import type { Department } from '../organization.js';
import { countAboveRoster } from './countAboveRoster.js';
import type { ParseContext } from './draft.js';
import { headingNamesUnit, isOrgWideHeading } from './orgWideHeading.js';
import { parseAttendance } from './parseTraining.js';

/**
 * Whether a deed told with no organiser (`rest`: the segment, day, type and titles masked) reaches beyond `unit`, the
 * sender's department: its head count is above the people registered there and its 分管领导 (countAboveRoster's rule for a
 * unit's own people, the head among them) and above half the organisation's registered people, or the message as sent (ctx.message) opens with a heading of the organisation's own
 * account (isOrgWideHeading). False with no count and no such heading.
 */
export function beyondOwnUnit(rest: string, ctx: ParseContext, unit: Department): boolean {
  // 市残联办公室组织全体干部观看…共45人 · 康复中心2026年廉政活动一览 (round 69): the unit named organising it, or heading the
  // list as its own account, is the organiser the message says: its head's, as before, whatever the count.
  if (unitOrganised(rest, unit) || (ctx.message !== undefined && headingNamesUnit(ctx.message, unit.id, ctx.directory))) return false;
  if (ctx.message !== undefined && isOrgWideHeading(ctx.message, ctx.directory)) return true;
  const { attendees } = parseAttendance(rest);
  // The scale of the whole, not of a unit: half the organisation's registered people or fewer may still be one unit's own
  // (the directory lists those who use the bot, seldom a unit's every member: 宣文部's 8 at its 2 registered stays 王磊's).
  if (attendees === undefined || attendees * 2 <= ctx.directory.org.people.length) return false;
  // The unit's own people, its 分管领导 beside them (countAboveRoster's doer, who is in none of them): a study of the unit's
  // may have him sitting in (duties.md), so 4 at 康复中心's 3 is still the unit's; 32 at 办公室's 5 is not.
  const supervisor = unit.supervisorId !== '' ? { actorId: unit.supervisorId } : {};
  return countAboveRoster({ attendees, allMembers: true, departmentId: unit.id, counterpartIds: [], ...supervisor }, ctx.directory.org.people);
}

/** The unit by its name or an alias, then 组织/开展/召开/举办/举行 (perhaps after 于/统一): the unit says it organised it. */
function unitOrganised(rest: string, unit: Department): boolean {
  const names = [unit.name, ...unit.aliases].filter((n) => n.length >= 2).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${names.join('|')})[\\s\\u0000]*(?:于[\\s\\u0000]*)?(?:统一|集中)?(?:组织|开展|召开|举办|举行)`).test(rest);
}
