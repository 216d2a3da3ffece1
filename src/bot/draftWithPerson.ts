// A stored talk or signing with one more person (还有X也谈了 · 集体谈话漏了X): the same kind, day and doer as the record
// it follows, the person at their own department. Written once for the intents that add people to what was reported.
import type { Activity } from '../domain/activity.js';
import type { Directory } from '../domain/organization.js';
import type { ReportDraft } from '../domain/report/draft.js';

/**
 * A draft like `like` (its type, date, 补录 flag and doer) with `personId` its one counterpart and that person's department;
 * the doer is left out when it is `senderId` (the sender's own record, as every draft of theirs).
 */
export function draftWithPerson(like: Activity, personId: string, senderId: string, directory: Directory): ReportDraft {
  const departmentId = directory.person(personId)?.departmentId;
  return {
    type: like.type,
    date: like.date,
    counterpartIds: [personId],
    late: like.late,
    ...(like.actorId !== senderId ? { actorId: like.actorId } : {}),
    ...(departmentId ? { departmentId } : {}),
  };
}
