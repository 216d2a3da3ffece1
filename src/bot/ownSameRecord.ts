// The member's own standing record of a draft's deed (type, day, doer, counterparts, title): what a restating caption's photo belongs to.
import type { Activity } from '../domain/activity.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

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
          (a.title ?? '') === (draft.title ?? ''),
      ),
  );
}
