// A member recalled (撤回) a message: the records it made are withdrawn, a report of it still waiting is dropped, evidence it carried is detached; the member is told.
import type { Activity } from '../domain/activity.js';
import type { BotDeps } from './botDeps.js';
import type { RecalledUpdate } from './botUpdate.js';
import type { DialogData } from './dialogStore.js';
import { describeActivity } from './recordReport.js';

interface Recall {
  withdrawn: Activity[];
  /** Records whose evidence the recalled message was: detached, the record stays. */
  detached: Activity[];
  /** open_id of the member whose waiting report the recalled message was. */
  droppedFor?: string;
}

/** Whether a waiting dialog is made of the recalled message (the report, an answer, or what its 确认 card shows). */
function madeOf(data: DialogData, messageId: string): boolean {
  if (data.kind === 'report') return (data.messageIds ?? []).includes(messageId);
  if (data.kind === 'confirm') return data.sourceMessageId === messageId || (data.relatedMessageIds ?? []).includes(messageId);
  return false;
}

/**
 * Soft-deletes every standing record made by the recalled message, whether it was the report or the answer that
 * completed it (`sourceMessageId` or `relatedMessageIds`; deletedBy = its reporter, an audit `delete` with
 * `reason: "recalled"`); drops a report of it still waiting for an answer or for 确认, so a later 确认 records
 * nothing; detaches evidence it carried (an audit `update`, the record stays); then tells the member privately what
 * happened. A recall of a message that made nothing (a question, a greeting, one already withdrawn) does nothing and
 * sends nothing. Feishu's im.message.recalled_v1 names only message_id and chat_id (开发文档 › 消息 › 事件 › 撤回消息),
 * so everything is found by the message ids stored when it was made. Returns the withdrawn records.
 */
export async function withdrawRecalled(deps: BotDeps, update: RecalledUpdate): Promise<Activity[]> {
  const now = deps.now();
  const at = now.toISOString();
  const id = update.messageId;
  const recall = await deps.store.update((db, ledger): Recall => {
    const out: Recall = { withdrawn: [], detached: [] };
    const made = (a: Activity) => a.sourceMessageId === id || (a.relatedMessageIds ?? []).includes(id);
    for (const a of db.activities.filter((x) => !x.deletedAt && (made(x) || (x.evidence ?? []).some((e) => e.messageId === id)))) {
      // Replaced, never changed in place (the store's rule: a snapshot may be reading the old record).
      const before = structuredClone(a);
      if (made(a)) {
        const next: Activity = { ...structuredClone(a), deletedAt: at, deletedBy: a.reporter };
        ledger.replace(next);
        db.audit.push({ at, by: a.reporter, action: 'delete', activityId: a.id, before, after: structuredClone(next), reason: 'recalled' });
        out.withdrawn.push(structuredClone(next));
      } else {
        const next: Activity = { ...structuredClone(a), evidence: (a.evidence ?? []).filter((e) => e.messageId !== id) };
        ledger.replace(next);
        db.audit.push({ at, by: a.reporter, action: 'update', activityId: a.id, before, after: structuredClone(next), reason: 'recalled' });
        out.detached.push(structuredClone(next));
      }
    }
    const waiting = db.dialogs.find((d) => d.expiresAt > at && madeOf(d.data as DialogData, id));
    if (waiting) {
      db.dialogs = db.dialogs.filter((d) => d !== waiting);
      out.droppedFor = waiting.key.slice(waiting.key.lastIndexOf(':') + 1);
    }
    return out;
  });
  const { withdrawn, detached, droppedFor } = recall;
  if (withdrawn.length === 0 && detached.length === 0 && droppedFor === undefined) return withdrawn;
  deps.log(`recall of ${id}: withdrew [${withdrawn.map((a) => a.id).join(', ')}], detached evidence from [${detached.map((a) => a.id).join(', ')}]${droppedFor ? ', dropped a waiting report' : ''}`);
  const said: string[] = [];
  if (withdrawn.length > 0) {
    const lines = withdrawn.map((a) => `· ${describeActivity(deps, a, now)}`);
    said.push(`您撤回了上报消息，对应的 ${withdrawn.length} 条记录已撤销（台账中保留撤销标记）：\n${lines.join('\n')}\n如需重新记录，请再发送一次。`);
  }
  if (droppedFor !== undefined) said.push('您撤回了上报消息，这条还在等待确认或回答的上报已放弃，没有记录任何内容；之后再点「确认」也不会记录。如需记录，请重新发送。');
  if (detached.length > 0) {
    const lines = detached.map((a) => `· ${describeActivity(deps, a, now)}（还有 ${(a.evidence ?? []).length} 份证据）`);
    said.push(`您撤回了作为证据的图片或文件，已从以下记录的证据中移除（审计日志保留）：\n${lines.join('\n')}`);
  }
  const to = withdrawn[0]?.reporter ?? detached[0]?.reporter ?? droppedFor!;
  await deps.feishu.send({ openId: to }, { kind: 'text', text: said.join('\n\n') }, { uuid: `w-${id}`.slice(0, 50) });
  return withdrawn;
}
