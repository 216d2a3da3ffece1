// Once a working day, the inspectors hear which of the bot's own messages could not be delivered, and what to fix.
import type { SendingMoment } from '../domain/reminders/clock.js';
import type { Directory } from '../domain/organization.js';
import { card, markdown } from '../feishu/cards/cardParts.js';
import { failedSince, type OutboxFailure } from '../outbox/failedSince.js';
import type { Outbox } from '../outbox/outboxTypes.js';
import type { Store } from '../store/openStore.js';

export const DIGEST_PREFIX = 'digest|';
const MAX_LINES = 30;
const DAY_MS = 24 * 3600 * 1000;

export interface DigestDeps {
  directory: Directory;
  store: Store;
  outbox: Pick<Outbox, 'enqueue'>;
  sendTime: string;
}

const KIND_NAMES: Record<string, string> = {
  festival: '节前廉政提醒',
  node: '重要节点提醒',
  due: '到期提醒',
  overdue: '逾期提醒',
  notice: '通知',
  test: '测试提醒',
  digest: '发送失败日报',
};

function line(directory: Directory, f: OutboxFailure): string {
  const who = 'openId' in f.to ? (directory.byOpenId(f.to.openId)?.name ?? f.to.openId) : `群 ${f.to.chatId}`;
  const kind = KIND_NAMES[f.key.split('|')[0] ?? ''] ?? '消息';
  return `- ${f.failedAt.slice(0, 16).replace('T', ' ')} ${kind} → ${who}：${f.error.code}${f.error.hint ? `（${f.error.hint}）` : ''}`;
}

export function digestCard(directory: Directory, failures: OutboxFailure[]): object {
  const shown = failures.slice(-MAX_LINES).map((f) => line(directory, f));
  const more = failures.length > MAX_LINES ? [`另有 ${failures.length - MAX_LINES} 条更早的失败，见日志。`] : [];
  return card('清风 · 发送失败日报', 'orange', [
    markdown(`以下 ${failures.length} 条消息未能送达，清风已停止重试：`),
    markdown([...shown, ...more].join('\n')),
    markdown("<font color='grey'>常见原因：成员不在应用可用范围内、机器人不在群里、应用缺少权限。修正后无需操作，下次提醒照常发送。</font>"),
  ]);
}

/** Queues today's digest (one per inspector, at most once a day) if anything failed since the last one. */
export async function sendFailureDigest(deps: DigestDeps, moment: SendingMoment, now: Date): Promise<number> {
  if (!moment.open || moment.time < deps.sendTime) return 0;
  const inspectors = deps.directory.withRole('inspector').filter((p) => p.openId);
  const todays = inspectors.map((p) => `${DIGEST_PREFIX}${moment.today}|${p.openId}`);
  const already = deps.store.read((db) => db.outbox.filter((i) => i.key.startsWith(DIGEST_PREFIX)).map((i) => ({ key: i.key, at: i.createdAt })));
  if (todays.every((k) => already.some((a) => a.key === k))) return 0;
  // Since the last digest, so nothing falls between two of them; a first digest looks back one day.
  const last = already.map((a) => a.at).sort().at(-1);
  const failures = failedSince(deps.store, last ? new Date(last) : new Date(now.getTime() - DAY_MS));
  if (failures.length === 0) return 0;
  const message = { kind: 'card' as const, card: digestCard(deps.directory, failures) };
  const result = await deps.outbox.enqueue(inspectors.map((p, i) => ({ key: todays[i]!, to: { openId: p.openId! }, message })));
  return result.queued;
}
