// 我会开展节前廉政提醒 over 王磊部长与…进行了提醒谈话: a 提醒 headline is told by talks as well as by a 廉政教育.
import type { ActivityTypeCode } from '../activityTypes.js';

const REMINDER_KIN: ReadonlySet<ActivityTypeCode> = new Set(['talk_integrity', 'edu_integrity']);

/**
 * Whether a headline naming a 廉政提醒 (a 提醒 is given by talking to people or by a lesson to all, so it reads as either
 * type) stands for a body record of `belowType` (l20: the headline stayed as a 廉政教育 of the clerk who pasted it,
 * beside the talks of the body, which are the deed).
 */
export function reminderHeadline(headline: string, headlineType: ActivityTypeCode | undefined, belowType: ActivityTypeCode | undefined): boolean {
  return /提醒/.test(headline) && headlineType !== undefined && belowType !== undefined && REMINDER_KIN.has(headlineType) && REMINDER_KIN.has(belowType);
}
