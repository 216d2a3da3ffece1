// Records complete drafts for a member and builds the receipt card: shared by messages, dialog answers and the form.
import type { Activity } from '../domain/activity.js';
import { isTalkType } from '../domain/activityTypes.js';
import type { Person } from '../domain/organization.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { receiptCard } from '../feishu/cards/receiptCard.js';
import { recordActivities, type NewActivity } from '../store/activityLog.js';
import type { BotDeps } from './botDeps.js';
import { describeDraft } from './describeActivity.js';

export interface Reporter {
  person: Person;
  openId: string;
}

export function toNewActivity(d: ReportDraft, who: Reporter, sourceEventId: string): NewActivity {
  return {
    type: d.type!,
    date: d.date!,
    reporter: who.openId,
    actorId: d.actorId ?? who.person.id,
    counterpartIds: d.counterpartIds,
    ...(d.departmentId ? { departmentId: d.departmentId } : {}),
    ...(d.title ? { title: d.title } : {}),
    ...(d.attendees !== undefined ? { attendees: d.attendees } : {}),
    ...(d.note ? { note: d.note } : {}),
    late: d.late,
    sourceEventId,
  };
}

export function describeActivity(deps: BotDeps, a: Activity, now: Date): string {
  return describeDraft(deps.directory, { ...a, allMembers: false }, shanghaiDate(now));
}

export function receiptFor(deps: BotDeps, activities: Activity[], now: Date, remarks: string[] = []): object {
  return receiptCard(
    activities.map((activity) => ({ activity, text: describeActivity(deps, activity, now) })),
    [...new Set(remarks)],
  );
}

/** Records the drafts (once per source event) and returns the receipt card. */
export async function recordReport(
  deps: BotDeps,
  drafts: ReportDraft[],
  who: Reporter,
  sourceEventId: string,
  now: Date,
  remarks: string[] = [],
  text?: string,
): Promise<object> {
  // The raw message can hold what was said in a confidential talk: kept only when the operator asked for it.
  // A message that reports a talk keeps none of its words, whatever the operator set: talks are confidential.
  const talk = drafts.some((d) => d.type !== undefined && isTalkType(d.type));
  const kept = (_d: ReportDraft) => (deps.retainReportText && text && !talk ? { text } : {});
  const recorded = await recordActivities(
    deps.store,
    drafts.map((d) => ({ ...toNewActivity(d, who, sourceEventId), ...kept(d) })),
    who.openId,
    now,
  );
  return receiptFor(deps, recorded, now, remarks);
}
