// The same talk or signing recorded by the other side of the pair: 李明 with 王建国 is 王建国 with 李明, one deed, counted once per pair (duties.md).
import type { Activity } from '../domain/activity.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { activityTypeName, isTalkType } from '../domain/activityTypes.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { BotDeps } from './botDeps.js';

/** Types done between two people, whichever of them reports it. */
const isPairDeed = (type: ReportDraft['type']) => type !== undefined && (isTalkType(type) || type === 'pledge_sign');

/**
 * The standing record, if any, of the same pair deed (type and day) between the draft's doer and its one counterpart,
 * held either way round: 王建国's 「今天和李明进行了廉政谈话」 is the talk 李明 reports as 「今天和王建国…」, whether 李明's
 * report is read as his own (李明>王建国) or turned round to its holder (王建国>李明, superiorHolds). Only drafts of one
 * counterpart are matched (a talk is split one per person), so a group signing is never taken for one of its pairs.
 * The reverse record is preferred; the same-way record is found whoever reported it (the sender's own included).
 * Records made by `sourceEventId` are none: an event replayed after a crash finds its own records, which are no mirror.
 */
export function mirroredRecord(deps: BotDeps, draft: ReportDraft, actorId: string, sourceEventId?: string): Activity | undefined {
  if (!isPairDeed(draft.type) || draft.date === undefined || draft.counterpartIds.length !== 1) return undefined;
  const other = draft.counterpartIds[0]!;
  const held = (doer: string, withWhom: string) =>
    deps.store.read((db) =>
      deps.ledger
        .index(db)
        .byActor(doer, [draft.type!], { start: draft.date!, end: draft.date! })
        .find((a) => !a.deletedAt && (sourceEventId === undefined || a.sourceEventId !== sourceEventId) && a.actorId === doer && a.counterpartIds.length === 1 && a.counterpartIds[0] === withWhom),
    );
  return held(other, actorId) ?? held(actorId, other);
}

/**
 * 「王建国已记录了今天与您的廉政谈话，仍要再记一条吗？」 · 「周涛已记录了11月27日周涛的信息报送，…」 (any kind, sameDeedRecord): whose
 * record the deed already is, said to the sender.
 */
export function mirroredQuestion(deps: BotDeps, record: Activity, draft: ReportDraft, senderId: string, now: Date): string {
  const by = deps.directory.byOpenId(record.reporter);
  // The sender's own earlier record of it (王建国与我谈话, then 我和王建国谈话) is simply the same record.
  if (by?.id === senderId) return '已有一条相同记录，仍要再记一条吗？';
  const reporter = by?.name ?? deps.directory.person(record.actorId)?.name ?? '对方';
  const day = record.date === shanghaiDate(now) ? '今天' : `${Number(record.date.slice(5, 7))}月${Number(record.date.slice(8, 10))}日`;
  const pair = [record.actorId, record.counterpartIds[0] ?? ''];
  const reporterId = by?.id ?? record.actorId;
  const called = (id: string) => (id === senderId ? '您' : deps.directory.person(id)?.name ?? id);
  // Said from the reporter's side (王建国已记录了今天与您的廉政谈话); a record a third member made names both of the pair.
  const partner = pair.includes(reporterId) ? pair.find((id) => id !== reporterId) : undefined;
  const between = partner !== undefined ? `与${called(partner)}` : `${called(pair[0]!)}与${called(pair[1]!)}`;
  // 周涛已记录了11月27日的信息报送 · 王芳已记录了11月27日李明的廉政教育 (t41a F23): a deed of one doer, no pair, is said as
  // the reporter's own or as its doer's.
  const doer = record.actorId === reporterId ? '' : called(record.actorId);
  // The record's own type: 冯雪's 专题会议 after 陈志强's 分管科室会议 there (t49a O1) names the meeting as he recorded it.
  const own = !isPairDeed(draft.type) ? `${doer}的${activityTypeName(record.type)}` : undefined;
  const deed = own ?? (draft.type === 'pledge_sign' ? `${between}签订的责任书` : `${between}的${activityTypeName(draft.type!)}`);
  return `${reporter}已记录了${day}${deed}，仍要再记一条吗？`;
}
