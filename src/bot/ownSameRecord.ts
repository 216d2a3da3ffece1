// The member's own standing record of a draft's deed (type, day, doer, counterparts, title, departments): what a restating caption's photo belongs to.
import type { Activity } from '../domain/activity.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';
import { departmentsOf, standingRecordsOfDeed, type DeedAgreement } from './standingRecordsOfDeed.js';

/**
 * The same title exactly, and every department the draft names held by the record: 今天上午到宣文部、下午到维权部查了考勤
 * after a 宣文部 check today (round 33b, F8: 「已有一条相同记录」, so 确认 could not add the 维权部 visit) is another deed.
 */
const EXACT: DeedAgreement = {
  titles: (a, draft) => (a.title ?? '') === (draft.title ?? ''),
  departments: (a, draft) => {
    const held = departmentsOf(a);
    return departmentsOf(draft).every((d) => held.includes(d));
  },
};

/**
 * The record `reporterId` already holds of the draft's deed, not withdrawn, or undefined. Records made by
 * `sourceEventId` itself are none: an event replayed after a crash finds its own records, which are no duplicates.
 */
export function ownSameRecord(deps: BotDeps, draft: ReportDraft, reporterId: string, sourceEventId?: string): Activity | undefined {
  return standingRecordsOfDeed(deps, draft, reporterId, EXACT, sourceEventId)[0];
}
