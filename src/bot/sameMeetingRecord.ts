// t49a O1: 陈志强 「上周五到维权部参加了他们的廉政专题会议」 (分管科室会议 11-27 维权部, his) and then 冯雪 「上周五维权部召开了
// 党风廉政建设专题会议」 (专题会议 11-27 维权部, hers) stored the one meeting twice with no word: the duplicate check asked
// for the same type and doer, and a leader's 分管科室会议 and the department's own 专题会议 are the same sitting told from
// two sides. Now a meeting at a department on a day another meeting there is recorded is asked about, in either order.
import type { Activity } from '../domain/activity.js';
import type { ActivityTypeCode } from '../domain/activityTypes.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';
import { departmentsOf } from './standingRecordsOfDeed.js';

/** The meetings a department holds that a leader may sit in on: one sitting may be recorded as either. */
const MEETINGS: readonly ActivityTypeCode[] = ['meeting_dept', 'meeting_special'];

/**
 * A standing record, not withdrawn, of a meeting (分管科室会议 or 专题会议, any doer) on the draft's day at one of the
 * draft's departments, when the draft is such a meeting; undefined otherwise, or when the draft names no department.
 * Records made by `sourceEventId` itself are none (an event replayed after a crash finds its own).
 */
export function sameMeetingRecord(deps: BotDeps, draft: ReportDraft, sourceEventId?: string): Activity | undefined {
  if (draft.type === undefined || !MEETINGS.includes(draft.type) || draft.date === undefined) return undefined;
  const places = departmentsOf(draft);
  if (places.length === 0) return undefined;
  return deps.store.read((db) =>
    deps.ledger
      .index(db)
      .ofType(MEETINGS, { start: draft.date!, end: draft.date! })
      .find((a) => !a.deletedAt && (sourceEventId === undefined || a.sourceEventId !== sourceEventId) && departmentsOf(a).some((d) => places.includes(d))),
  );
}
