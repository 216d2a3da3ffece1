// 「…召开分管科室会议；会后分别与郑华、冯雪进行了廉政谈话」 (round 22u D1): 会后 opens a deed of its own done after the
// meeting, on its day — not the meeting's content, which a 会议/会上 sentence is.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

const AFTER_MEETING = /^[\s\u0000,]*(?:会后|会议结束后|散会后)/;
const MEETINGS = new Set(['meeting_special', 'meeting_dept', 'review_analysis']);

/** 谈了廉政 · 谈了话 · 签了承诺书: a talk or a signing said without its kind's full name. */
const TALK_OR_SIGN = /谈(?:了|过)?(?:一次)?(?:话|心|廉政)|签(?:了|订|署)/;

/** Whether an entry opening with 会后 names a deed other than a meeting (a talk, a signing, a study). */
export function deedAfterMeeting(entry: string): boolean {
  return AFTER_MEETING.test(entry) && (findKinds(extractTitles(entry).rest).some((k) => !MEETINGS.has(k.code)) || TALK_OR_SIGN.test(entry));
}
