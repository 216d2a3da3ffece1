// 王磊部长主持召开部务会，专题学习《廉洁自律准则》 (round 47, t50b F4: the study stored with no department, though 部务会 is
// the 宣文部's own meeting): a unit's own meeting (部务会 · 科务会 · 室务会 · 中心例会) led by the head of a unit is that
// unit's, as 宣文部召开 is.
import type { ParseContext } from './draft.js';

/** Led (主持 · 召开 · 组织) a unit's own meeting: 部务会 · 科务会 · 室务会 · 部门例会 · 中心例会. */
const LED_OWN_MEETING = /(?:主持|召开|组织)(?:召开)?了?(?:部务会|科务会|室务会|(?:部门|科室|中心)(?:例会|务会))/;

/**
 * The id of the department `doerId` heads when `text` says they led their unit's own meeting (主持召开部务会), else
 * undefined: a member who is no head leads no 部务会 of a unit named by it.
 */
export function headsUnitMeeting(text: string, doerId: string, ctx: ParseContext): string | undefined {
  if (!LED_OWN_MEETING.test(text)) return undefined;
  const dept = ctx.directory.department(ctx.directory.person(doerId)?.departmentId ?? '');
  return dept?.headId === doerId ? dept.id : undefined;
}
