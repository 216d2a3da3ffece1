// The same talk or signing recorded by the other side of the pair: 李明 with 王建国 is 王建国 with 李明, one deed, counted once per pair (duties.md).
import type { Activity } from '../domain/activity.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { activityTypeName, isTalkType } from '../domain/activityTypes.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { BotDeps } from './botDeps.js';

/** Types done between two people, whichever of them reports it. */
const isPairDeed = (type: ReportDraft['type']) => type !== undefined && (isTalkType(type) || type === 'pledge_sign');

/**
 * The standing record, if any, of the same pair deed (type and day) held by one of the draft's counterparts with its
 * doer: 王建国's 「今天和李明进行了廉政谈话」 is the talk 李明 reports as 「今天和王建国…」. Only drafts of one
 * counterpart are matched (a talk is split one per person), so a group signing is never taken for one of its pairs.
 */
export function mirroredRecord(deps: BotDeps, draft: ReportDraft, actorId: string): Activity | undefined {
  if (!isPairDeed(draft.type) || draft.date === undefined || draft.counterpartIds.length !== 1) return undefined;
  const other = draft.counterpartIds[0]!;
  return deps.store.read((db) =>
    deps.ledger
      .index(db)
      .byActor(other, [draft.type!], { start: draft.date!, end: draft.date! })
      .find((a) => !a.deletedAt && a.actorId === other && a.counterpartIds.length === 1 && a.counterpartIds[0] === actorId),
  );
}

/** 「王建国已记录了今天与您的廉政谈话，仍要再记一条吗？」: whose record the deed already is, said to the sender. */
export function mirroredQuestion(deps: BotDeps, record: Activity, draft: ReportDraft, senderId: string, now: Date): string {
  const by = deps.directory.byOpenId(record.reporter);
  // The sender's own earlier record of it (王建国与我谈话, then 我和王建国谈话) is simply the same record.
  if (by?.id === senderId) return '已有一条相同记录，仍要再记一条吗？';
  const reporter = by?.name ?? deps.directory.person(record.actorId)?.name ?? '对方';
  const day = record.date === shanghaiDate(now) ? '今天' : `${Number(record.date.slice(5, 7))}月${Number(record.date.slice(8, 10))}日`;
  const doer = draft.actorId ?? senderId;
  const withWhom = doer === senderId ? '您' : deps.directory.person(doer)?.name ?? doer;
  const deed = draft.type === 'pledge_sign' ? `与${withWhom}签订的责任书` : `与${withWhom}的${activityTypeName(draft.type!)}`;
  return `${reporter}已记录了${day}${deed}，仍要再记一条吗？`;
}
