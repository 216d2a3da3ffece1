// 11月10日主持召开分管科室会议，11月16日与郑华、冯雪签订责任书，会上还带领大家观看了警示教育片《围猎》 (round 30g, A25: the
// film put on 11-16, the day of the signing): 会上/会后 points at the last meeting named, not at the last day said; when the
// clause just before is no meeting and the meeting had another day, which day is meant is asked, never guessed.
import { MEETING_TYPES } from './parseKindPatterns.js';
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/** 会上 · 会议上 · 会后 · 会议结束后 opening a clause (after 并/还/同时): said of a meeting told before. */
const OF_A_MEETING = /^[\s\u0000,]*(?:并|还|同时|另外)?[\s\u0000,]*(?:会上|会议上|会中|会间|会后|会议结束后|散会后)/;

/** 会后 · 会议结束后 · 散会后 (not 会上): after the sitting just told, which a talk is too (谈话会). */
const AFTER_IT = /^[\s\u0000,]*(?:并|还|同时|另外)?[\s\u0000,]*(?:会后|会议结束后|散会后)/;
/** The records of a clause that are all talks, each with someone. */
const isTalk = (reports: readonly ParsedReport[]) => reports.length > 0 && reports.every((r) => r.draft.type !== undefined && isTalkType(r.draft.type));

const isMeeting = (reports: readonly ParsedReport[]) => reports.length > 0 && reports.every((r) => r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type));

/**
 * The day of the meeting a clause opening with 会上/会后 may mean, when it is in doubt: the clause carries `day` (YYYY-MM-DD,
 * from the clause before, none of its own), the clause just before it gave no meeting, and the last meeting before it (in
 * `earlier`, the records of each clause before it in the entry, in order) has a day other than `day`. Undefined when there
 * is no doubt (the clause before is the meeting, or there is no meeting before, or they share the day).
 */
export function meetingDayInDoubt(clause: string, day: string | undefined, earlier: readonly ParsedReport[][]): string | undefined {
  if (day === undefined || !OF_A_MEETING.test(clause) || earlier.length === 0 || isMeeting(earlier.at(-1)!)) return undefined;
  // 12月1日，与李娟进行廉政谈话，会后李娟签订了廉洁承诺书 (round 37, t37b F5: asked, the 11-25 check named as the meeting): 会后
  // right after a talk is after that talk, on its day; no meeting is meant.
  if (AFTER_IT.test(clause) && isTalk(earlier.at(-1)!)) return undefined;
  const meeting = [...earlier].reverse().find(isMeeting);
  const meetingDay = meeting?.[0]?.draft.date;
  return meetingDay !== undefined && meetingDay !== day ? meetingDay : undefined;
}
