// Records complete drafts for a member and builds the receipt card: shared by messages, dialog answers and the form.
import { dutyYearProblem } from '../domain/completion/dutyYearProblem.js';
import type { Activity } from '../domain/activity.js';
import { isTalkType } from '../domain/activityTypes.js';
import { keptCompanions } from '../domain/keptCompanions.js';
import type { Person } from '../domain/organization.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { receiptCard } from '../feishu/cards/receiptCard.js';
import { recordActivities, type NewActivity } from '../store/activityLog.js';
import { recordLateRule } from '../domain/completion/late.js';
import type { BotDeps } from './botDeps.js';
import { describeDraft, personLabel, windowRemark } from './describeActivity.js';

export interface Reporter {
  person: Person;
  openId: string;
}

/**
 * Those who went on the check with its doer (t48a F5), kept only while the record is a check and never the doer: a
 * card whose type or doer was changed since (修改) leaves no one beside the check they are not on.
 */
function companionsOf(d: ReportDraft, who: Reporter): { companionIds?: string[] } {
  if (!d.type || !d.companionIds) return {};
  const ids = keptCompanions({ type: d.type, actorId: d.actorId ?? who.person.id, companionIds: [...new Set(d.companionIds)] });
  return ids ? { companionIds: ids } : {};
}

/**
 * `sourceMessageId`: the member's message that created the record, so recalling (撤回) it withdraws the record;
 * `relatedMessageIds`: the member's earlier messages of the same report (the report an answer completed), likewise.
 */
export function toNewActivity(d: ReportDraft, who: Reporter, sourceEventId: string, sourceMessageId?: string, relatedMessageIds: string[] = []): NewActivity {
  return {
    type: d.type!,
    date: d.date!,
    reporter: who.openId,
    actorId: d.actorId ?? who.person.id,
    counterpartIds: d.counterpartIds,
    ...(d.departmentId ? { departmentId: d.departmentId } : {}),
    ...(d.departmentIds ? { departmentIds: d.departmentIds } : {}),
    ...companionsOf(d, who),
    // Only a 专题会议 keeps the body that held it: a card changed to another kind (修改) leaves none behind.
    ...(d.meetingBody && d.type === 'meeting_special' ? { meetingBody: d.meetingBody } : {}),
    ...(d.title ? { title: d.title } : {}),
    ...(d.attendees !== undefined ? { attendees: d.attendees } : {}),
    // 全体参加 shown on the card is stored with the record (round 68, ghi; t71a F6: the card said it, the record had none).
    ...(d.allMembers === true ? { allMembers: true as const } : {}),
    // A year no record can be for (2030年度 on a 2026 day) is never stored: the store refuses such a file on load.
    ...(d.dutyYear !== undefined && dutyYearProblem({ date: d.date!, dutyYear: d.dutyYear }) === undefined ? { dutyYear: d.dutyYear } : {}),
    ...(d.note ? { note: d.note } : {}),
    late: d.late,
    sourceEventId,
    ...(sourceMessageId ? { sourceMessageId } : {}),
    ...(relatedMessageIds.length > 0 ? { relatedMessageIds } : {}),
    ...(d.evidence && d.evidence.length > 0 ? { evidence: d.evidence } : {}),
  };
}

export function describeActivity(deps: BotDeps, a: Activity, now: Date): string {
  // 全体参加 as stored (round 68, ghi; t71a F6): the receipt says what the record holds, as the card did before it.
  return describeDraft(deps.directory, a, shanghaiDate(now));
}

/**
 * The receipt card of recorded activities; a record whose doer is not the one who reported it says whose it is
 * (found by the tester, round 10: a clerk's answer 「孙丽」 recorded a 党课 whose receipt named no one). `heading`: the
 * card's title when the records were found, not just made (receiptCard).
 */
export function receiptFor(
  deps: BotDeps,
  activities: Activity[],
  now: Date,
  remarks: string[] = [],
  changedFrom: Activity | readonly Activity[] = [],
  heading?: string,
): object {
  const whose = (a: Activity) => (a.actorId !== deps.directory.byOpenId(a.reporter)?.id ? `｜活动人：${personLabel(deps.directory, a.actorId)}` : '');
  // `changedFrom`: each record as it was before a change just made (one, or every record a 「都改成…」 changed), so the
  // receipt says 已修改 and shows each one's own before → after.
  const changed = (Array.isArray(changedFrom) ? changedFrom : [changedFrom as Activity]).map((b) => ({ id: b.id, before: `${describeActivity(deps, b, now)}${whose(b)}` }));
  return receiptCard(
    activities.map((activity) => ({ activity, text: `${describeActivity(deps, activity, now)}${whose(activity)}${windowRemark(deps.directory, deps.duties, activity)}` })),
    [...new Set(remarks)],
    changed,
    heading,
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
  sourceMessageId?: string,
  relatedMessageIds: string[] = [],
): Promise<object> {
  // The raw message can hold what was said in a confidential talk: kept only when the operator asked for it.
  // A message that reports a talk keeps none of its words, whatever the operator set: talks are confidential.
  const talk = drafts.some((d) => d.type !== undefined && isTalkType(d.type));
  const kept = (_d: ReportDraft) => (deps.retainReportText && text && !talk ? { text } : {});
  // 补录 by the one rule of the cards, the 台账 and the year-end draft (completion/late.ts), so the receipt agrees with them.
  const isLate = recordLateRule(deps.duties);
  const createdAt = now.toISOString();
  const recorded = await recordActivities(
    deps.store,
    drafts.map((d) => {
      const activity = toNewActivity(d, who, sourceEventId, sourceMessageId, relatedMessageIds.filter((id) => id !== sourceMessageId));
      return { ...activity, late: isLate({ ...activity, createdAt }), ...kept(d) };
    }),
    who.openId,
    now,
  );
  return receiptFor(deps, recorded, now, remarks);
}
