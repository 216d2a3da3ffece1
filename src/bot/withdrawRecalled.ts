// A member recalled (撤回) the message that created records: those records are withdrawn, audited, and the member told.
import type { Activity } from '../domain/activity.js';
import type { BotDeps } from './botDeps.js';
import type { RecalledUpdate } from './botUpdate.js';
import { describeActivity } from './recordReport.js';

/**
 * Soft-deletes every standing record whose `sourceMessageId` is the recalled message (deletedBy = its reporter, an
 * audit `delete` with `reason: "recalled"`), then tells the reporter privately what was withdrawn. A recall of a
 * message that created nothing (a question, a greeting, one already withdrawn) does nothing and sends nothing.
 * Feishu's im.message.recalled_v1 names only message_id and chat_id (开发文档 › 消息 › 事件 › 撤回消息), so records
 * can only be found by the message id stored when they were created. Returns the withdrawn records.
 */
export async function withdrawRecalled(deps: BotDeps, update: RecalledUpdate): Promise<Activity[]> {
  const now = deps.now();
  const at = now.toISOString();
  const withdrawn = await deps.store.update((db, ledger) => {
    const hit = db.activities.filter((a) => a.sourceMessageId === update.messageId && !a.deletedAt);
    const out: Activity[] = [];
    for (const a of hit) {
      // Replaced, never changed in place (the store's rule: a snapshot may be reading the old record).
      const before = structuredClone(a);
      const next: Activity = { ...structuredClone(a), deletedAt: at, deletedBy: a.reporter };
      ledger.replace(next);
      db.audit.push({ at, by: a.reporter, action: 'delete', activityId: a.id, before, after: structuredClone(next), reason: 'recalled' });
      out.push(structuredClone(next));
    }
    return out;
  });
  if (withdrawn.length === 0) return withdrawn;
  deps.log(`recall of ${update.messageId}: withdrew ${withdrawn.map((a) => a.id).join(', ')}`);
  const reporter = withdrawn[0]!.reporter;
  const lines = withdrawn.map((a) => `· ${describeActivity(deps, a, now)}`);
  const text = `您撤回了上报消息，对应的 ${withdrawn.length} 条记录已撤销（台账中保留撤销标记）：\n${lines.join('\n')}\n如需重新记录，请再发送一次。`;
  await deps.feishu.send({ openId: reporter }, { kind: 'text', text }, { uuid: `w-${update.messageId}`.slice(0, 50) });
  return withdrawn;
}
