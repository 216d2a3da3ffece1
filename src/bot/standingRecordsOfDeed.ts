// The standing records that may hold a draft's deed: the one ledger query behind the duplicate question (sameDeedRecord)
// and a restating caption's photo (ownSameRecord), which differ only in how closely title and departments must agree.
import type { Activity } from '../domain/activity.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';

/** Whether two id lists hold the same ids, in any order. */
export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The departments a record or draft names (every one a check visited, or its one department). */
export const departmentsOf = (r: { departmentId?: string; departmentIds?: string[] }): string[] => r.departmentIds ?? (r.departmentId !== undefined ? [r.departmentId] : []);

/** How a record's title and departments must agree with the draft's for the record to hold the same deed. */
export interface DeedAgreement {
  titles: (record: Activity, draft: ReportDraft) => boolean;
  departments: (record: Activity, draft: ReportDraft) => boolean;
}

/**
 * Records, not withdrawn, of the draft's type and day by its doer (`draft.actorId`, else `reporterId`) with the same
 * counterparts, whose title and departments agree by `agree`; [] when the draft has no type or day. Records made by
 * `sourceEventId` itself are left out: an event replayed after a crash finds its own records, which are no duplicates.
 */
export function standingRecordsOfDeed(deps: BotDeps, draft: ReportDraft, reporterId: string, agree: DeedAgreement, sourceEventId?: string): Activity[] {
  if (draft.type === undefined || draft.date === undefined) return [];
  const actor = draft.actorId ?? reporterId;
  return deps.store.read((db) =>
    deps.ledger
      .index(db)
      .byActor(actor, [draft.type!], { start: draft.date!, end: draft.date! })
      .filter(
        (a) =>
          !a.deletedAt &&
          (sourceEventId === undefined || a.sourceEventId !== sourceEventId) &&
          a.actorId === actor &&
          sameSet(a.counterpartIds, draft.counterpartIds) &&
          agree.titles(a, draft) &&
          agree.departments(a, draft),
      ),
  );
}
