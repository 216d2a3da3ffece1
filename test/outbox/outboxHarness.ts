// Shared set-up for the outbox tests: a real store in a temp dir, the emulator on 127.0.0.1, the real Feishu client.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import type { EmulatedUser, RecordedCall } from '../../src/emulator/emulatorTypes.js';
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import type { FeishuClient } from '../../src/feishu/feishuTypes.js';
import { type OutboxDeps, createOutbox } from '../../src/outbox/createOutbox.js';
import type { OutboxRequest } from '../../src/outbox/outboxTypes.js';
import { openStore, type Store } from '../../src/store/openStore.js';

export const APP = { appId: 'cli_0a1b2c3d4e5f6a7b', appSecret: 'outbox-test-secret' };

/** A well-formed open_id for person n. */
export const openIdOf = (n: number): string => `ou_${n.toString(16).padStart(32, '0')}`;
export const people = (count: number): EmulatedUser[] =>
  Array.from({ length: count }, (_, i) => ({ openId: openIdOf(i + 1), name: `成员${i + 1}` }));

/** One festival reminder per person, keyed as the reminder jobs key them. */
export function broadcast(count: number, tag = '2026-春节'): OutboxRequest[] {
  return people(count).map((p) => ({
    key: `festival|${tag}|2026|${p.openId}|`,
    to: { openId: p.openId },
    message: { kind: 'text', text: `${p.name}，春节将至，请严守中央八项规定精神。` },
  }));
}

/**
 * Member 1's p2p 帮助, delivered by `emulator` as a message event: its `message_id` (what a reply answers) and `chat_id`
 * (where a spilled reply goes as a 发送消息).
 */
export function memberAsked(emulator: Emulator): { message_id: string; chat_id: string } {
  const envelope = emulator.messageEvent({ senderOpenId: openIdOf(1), chatType: 'p2p', text: '帮助' }) as { event: { message: { message_id: string; chat_id: string } } };
  return envelope.event.message;
}

export interface Harness {
  emulator: Emulator;
  url: string;
  dir: string;
  file: string;
  store: Store;
  feishu: FeishuClient;
  lines: string[];
  outbox(extra?: Partial<OutboxDeps>): ReturnType<typeof createOutbox>;
  close(): Promise<void>;
}

export async function startHarness(opts: { users?: number; timeoutMs?: number } = {}): Promise<Harness> {
  const emulator = createEmulator({ ...APP, users: people(opts.users ?? 50), chats: [{ chatId: `oc_${'c'.repeat(32)}`, name: '机关党支部' }] });
  const url = await emulator.listen(0);
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-outbox-'));
  const file = join(dir, 'db.json');
  const store = await openStore(file);
  const feishu = createFeishuClient({ ...APP, domain: url, timeoutMs: opts.timeoutMs ?? 2000 });
  const lines: string[] = [];
  const made: ReturnType<typeof createOutbox>[] = [];
  return {
    emulator,
    url,
    dir,
    file,
    store,
    feishu,
    lines,
    outbox(extra = {}) {
      const o = createOutbox({ store, feishu, now: () => new Date(), log: (l) => lines.push(l), backoff: { baseMs: 50, maxMs: 2000 }, ...extra });
      made.push(o);
      return o;
    },
    async close() {
      for (const o of made) await o.stop();
      await emulator.close();
      await store.flush();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Successful sends, per receive_id. */
export function sentPer(emulator: Emulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of emulator.sent) counts.set(m.receiveId ?? m.chatId ?? '?', (counts.get(m.receiveId ?? m.chatId ?? '?') ?? 0) + 1);
  return counts;
}

export const sendCalls = (calls: RecordedCall[]): RecordedCall[] => calls.filter((c) => c.method === 'POST' && c.path === '/open-apis/im/v1/messages');

/** The largest number of `times` that fall in any window of `windowMs` (half-open, as Feishu counts). */
export function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi += 1) {
    while (sorted[hi]! - sorted[lo]! >= windowMs) lo += 1;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}
