// 「刘洋那条不对，刘洋没参加，删掉」 with 王建国's talks with 吴静 and 刘洋 stored (round 69, gid; t71c: 「请点它下面的「撤销」」 — a
// second step for what the member had already said): a person said absent from a stored record of the member's own, the one
// record found. Its change is put on the 请确认修改 card at once: the person taken off a record that has others too, or the
// pair record withdrawn beside the report's record that stays. 确认 then does it (changeTurn), 取消 keeps everything.
import type { Activity } from '../domain/activity.js';
import type { BotContext } from './botContext.js';
import { siblingsOf } from './cardActions/receiptHelpers.js';
import type { DialogData } from './dialogStore.js';

type Change = DialogData & { kind: 'change' };

/**
 * The 请确认修改 change that takes `absentIds` (directory ids said absent) off `record`, or undefined when it cannot be said
 * in one card: no one said absent is on the record, or the record is the only one of its report with that person its only
 * counterpart (withdrawing it leaves no record to show kept — the receipt's 撤销 stays the way, as before).
 * A record with other counterparts keeps them; a pair record goes with a standing sibling of its report shown kept.
 */
export function absentPersonChange(ctx: BotContext, record: Activity, absentIds: readonly string[]): Change | undefined {
  const absent = absentIds.filter((id) => record.counterpartIds.includes(id));
  if (absent.length === 0) return undefined;
  const names = absent.map((id) => ctx.deps.directory.person(id)?.name ?? id).join('、');
  const fields = { type: record.type, date: record.date, actorId: record.actorId, counterpartIds: record.counterpartIds };
  const left = record.counterpartIds.filter((id) => !absent.includes(id));
  if (left.length > 0) return { kind: 'change', activityId: record.id, what: `去掉${names}（${names}没参加）`, after: { ...fields, counterpartIds: left } };
  const kept = siblingsOf(ctx.deps, record).find((a) => a.id !== record.id && !a.deletedAt && a.reporter === record.reporter);
  if (!kept) return undefined;
  return {
    kind: 'change',
    activityId: kept.id,
    what: `撤销与${names}的那条（${names}没参加），同一次上报的其他记录不变`,
    after: { type: kept.type, date: kept.date, actorId: kept.actorId, counterpartIds: kept.counterpartIds },
    dropped: [record.id],
    droppedWhy: `（撤销：${names}没参加）`,
    unchanged: true,
  };
}
