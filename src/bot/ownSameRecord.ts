// The member's own standing record of a draft's deed (type, day, doer, counterparts, title, departments): what a restating caption's photo belongs to.
import type { Activity } from '../domain/activity.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';

/** Whether two id lists hold the same ids, in any order. */
export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The departments a record or draft names (every one a check visited, or its one department). */
export const departmentsOf = (r: { departmentId?: string; departmentIds?: string[] }): string[] => r.departmentIds ?? (r.departmentId !== undefined ? [r.departmentId] : []);

/**
 * 今天上午到宣文部、下午到维权部查了考勤 after a 宣文部 check today (round 33b, F8: 「已有一条相同记录」, so 确认 could not add
 * the 维权部 visit): a draft naming a department the record does not is another deed, never the same one.
 */
const withinDepartments = (a: Activity, draft: ReportDraft): boolean => {
  const held = departmentsOf(a);
  return departmentsOf(draft).every((d) => held.includes(d));
};

/**
 * The record `reporterId` already holds of the draft's deed, not withdrawn, or undefined. Records made by
 * `sourceEventId` itself are none: an event replayed after a crash finds its own records, which are no duplicates.
 */
export function ownSameRecord(deps: BotDeps, draft: ReportDraft, reporterId: string, sourceEventId?: string): Activity | undefined {
  if (draft.type === undefined || draft.date === undefined) return undefined;
  const actor = draft.actorId ?? reporterId;
  return deps.store.read((db) =>
    deps.ledger
      .index(db)
      .byActor(actor, [draft.type!], { start: draft.date!, end: draft.date! })
      .find(
        (a) =>
          !a.deletedAt &&
          (sourceEventId === undefined || a.sourceEventId !== sourceEventId) &&
          a.actorId === actor &&
          sameSet(a.counterpartIds, draft.counterpartIds) &&
          (a.title ?? '') === (draft.title ?? '') &&
          withinDepartments(a, draft),
      ),
  );
}
