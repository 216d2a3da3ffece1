// 王磊部长主持召开部务会，专题学习《廉洁自律准则》 (round 47, t50b F4: the study stored with no department, though 部务会 is
// the 宣文部's own meeting): a unit's own meeting (部务会 · 科务会 · 室务会 · 中心例会) led by the head of a unit is that
// unit's, as 宣文部召开 is.
import type { ParseContext } from './draft.js';

/** Led (主持 · 召开 · 组织) a unit's own meeting: 部务会 · 科务会 · 室务会 · 部门例会 · 中心例会. */
// 召开科室会议，学习市纪委关于…的通知 from 李明 (round 48 ftf: the study at no department, 「会议」 named as missed): a 科室会议 or
// 部门会议 is the unit's own meeting too.
// 11月3日部门会议上学习了… (same finding): the meeting named with no verb, its study after it, is the head's unit's too.
const LED_OWN_MEETING = /(?:主持|召开|组织)(?:召开)?了?(?:部务会|科务会|室务会|(?:部门|科室|中心)(?:例会|务会|会议))|(?:^|[,，;；。\s\u0000日号])(?:部门|科室)(?:例会|会议)(?:上)?(?:(?:集中|专题)?学习|\s*\u0000)/;

/**
 * The id of the department `doerId` heads when `text` says they led their unit's own meeting (主持召开部务会), else
 * undefined: a member who is no head leads no 部务会 of a unit named by it.
 */
export function headsUnitMeeting(text: string, doerId: string, ctx: ParseContext): string | undefined {
  if (!LED_OWN_MEETING.test(text)) return undefined;
  const dept = ctx.directory.department(ctx.directory.person(doerId)?.departmentId ?? '');
  return dept?.headId === doerId ? dept.id : undefined;
}

/** A unit's own meeting named in a clause of its own: 召开科室会议 · 部门会议 · 科务会 · 中心例会. */
// 召开中心党支部会议 · 支委会 · 党小组会 (round 56, fgf, t58a F3: 「会议」 named as left over beside the study on the card): a
// branch's own meeting is the unit's too.
const OWN_MEETING_CLAUSE = /(?:部门|科室|中心)(?:例会|务会|会议)|[部科室]务会|(?:党)?支部(?:委员)?(?:会议|大会|会)|支委会|党小组会/;
/** The study told after the meeting in the same clause: 召开部务会议专题学习《…》 · 部务会上集中学习了… (round 56, fgf). */
const STUDIED_IN_CLAUSE = /(?:例会|务会|会议|大会|支委会|小组会)(?:议)?(?:上|中)?[\s\u0000]*(?:组织|集中|专题|传达)*(?:了)?(?:学习|观看|传达)/;

/**
 * Whether `clause` (ending at `end` in `text`) names a unit's own meeting at which the next clause studies (召开科室会议，学习…):
 * the meeting is the study's occasion, recorded as that study, no meeting left out (round 48 ftf).
 */
export function unitMeetingStudied(clause: string, text: string, end: number): boolean {
  // 召开中心党支部会议，组织学习了《…》 (round 56, fgf): the next clause's study may be 组织 · 集中 · 专题 · 传达, in any order.
  return OWN_MEETING_CLAUSE.test(clause) && (STUDIED_IN_CLAUSE.test(clause) || /^[,，][\s]*(?:会上|会议上)?(?:(?:组织|集中|专题|传达)+(?:了)?[^,，;；。\u0000]{0,8}?)?(?:学习|观看)/.test(text.slice(end)));
}
