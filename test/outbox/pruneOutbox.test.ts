// Old delivered and failed outbox items are forgotten; queued, in-flight and recent ones never are.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { KEEP_DAYS, pruneOutbox } from '../../src/outbox/pruneOutbox.js';
import { openStore } from '../../src/store/openStore.js';

it('forgets sent and failed items older than KEEP_DAYS, and nothing else', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-prune-'));
  try {
    const store = await openStore(join(dir, 'db.json'));
    const now = new Date('2027-03-01T02:00:00Z');
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
    const item = (key: string, status: 'queued' | 'sending' | 'sent' | 'failed', age: number) => ({
      key,
      uuid: `u-${key}`,
      to: { openId: 'ou_x' },
      status,
      createdAt: daysAgo(age + 1),
      attempts: 1,
      ...(status === 'sent' ? { sentAt: daysAgo(age) } : status === 'failed' ? { failedAt: daysAgo(age) } : {}),
    });
    await store.update((db) => {
      db.outbox.push(
        item('old-sent', 'sent', KEEP_DAYS + 5),
        item('old-failed', 'failed', KEEP_DAYS + 1),
        item('recent-sent', 'sent', KEEP_DAYS - 1),
        item('old-queued', 'queued', KEEP_DAYS + 30),
        item('old-sending', 'sending', KEEP_DAYS + 30),
      );
    });
    const writes = store.revision;
    expect(await pruneOutbox(store, now)).toBe(2);
    expect(store.read((db) => db.outbox.map((i) => i.key))).toEqual(['recent-sent', 'old-queued', 'old-sending']);
    expect(await pruneOutbox(store, now)).toBe(0);
    expect(store.revision).toBe(writes + 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
