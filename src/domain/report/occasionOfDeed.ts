// 12月1日党组会上和班子成员签订了党风廉政建设责任书 (round 48, t51a F1: a 专题会议 of the secretary on a card, the signing
// lost): a meeting named as where a deed was done (X会上 · 在X会议上 · 会议期间) is its occasion, not a meeting record.
import type { ActivityTypeCode } from '../activityTypes.js';
import { MEETING_TYPES } from './parseKindPatterns.js';
import type { KindMatch } from './parseKind.js';

/** A talk, a signing or a lecture: a deed that a meeting named as its occasion (会上) does not take in. */
const DEED_AT_MEETING: ReadonlySet<ActivityTypeCode> = new Set<ActivityTypeCode>(['talk_integrity', 'talk_heart', 'pledge_sign', 'edu_lecture']);

/**
 * 在分管科室会议上和李明进行了廉政谈话 · 党组会议期间与班子成员签订了责任书 (round 48, t51a F1): meeting match `m` followed by
 * 上/中/期间 and a talk, signing or lecture later in the same clause (among `all`) is that deed's occasion, not the deed.
 */
export function occasionOfDeed(m: Pick<KindMatch, 'code' | 'end'>, all: readonly Pick<KindMatch, 'code' | 'start'>[], text: string): boolean {
  if (!MEETING_TYPES.has(m.code) || !/^(?:上(?!午)|中(?!午)|期间)/.test(text.slice(m.end))) return false;
  return all.some((d) => DEED_AT_MEETING.has(d.code) && d.start >= m.end && !/[,，;；。!?！？\n]/.test(text.slice(m.end, d.start)));
}
