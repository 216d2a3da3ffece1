// 「刚才那条日期错了，应该是11月21日」 then, while its card waits, 「刚才那条对象错了，应该是李娟」 (round 59, fcc; t61a F6: the second
// card silently replaced the first, and 确认 changed the 对象 only, the day the member asked for lost): a change asked while
// another waits on the same record joins it on one card; on another record the first card is said to be void.
import type { Activity } from '../domain/activity.js';
import type { BotContext } from './botContext.js';
import type { DialogData, RecordFields } from './dialogStore.js';

type Change = DialogData & { kind: 'change' };

/** The fields of a record a change may set, compared one by one. */
const FIELDS = ['type', 'date', 'actorId', 'counterpartIds', 'title', 'attendees', 'departmentIds', 'note'] as const;

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/**
 * `change` of `record` with the change already waiting for the member (ctx.dialog) taken into it: on the same record
 * and neither over several records, each field the new change leaves as the record has it takes the waiting change's
 * value, and `what` says both; on another record (or several) the new change alone, and a notice that the waiting card
 * is void (its record not changed), so nothing the member asked vanishes without a word.
 */
export function mergedChange(ctx: BotContext, record: Activity, change: Change): Change {
  const waiting = ctx.dialog;
  if (waiting?.kind !== 'change') return change;
  if (waiting.activityId !== record.id || waiting.also?.length || change.also?.length) {
    ctx.notice(`上一张修改卡片（${waiting.what}）已作废，那条记录没有修改；如仍要改，请在这张确认后再说一次。`);
    return change;
  }
  const after: Record<string, unknown> = { ...change.after };
  for (const k of FIELDS) {
    const kept = k in change.after ? change.after[k] : undefined;
    if (same(kept, record[k]) || (kept === undefined && waiting.after[k] !== undefined)) {
      if (waiting.after[k] !== undefined) after[k] = waiting.after[k];
    }
  }
  const what = waiting.what === change.what ? change.what : `${waiting.what}；${change.what}`;
  return { ...change, what, after: after as RecordFields };
}
