// Issue 11 points 4, 5 and 11: a write that cannot happen changes nothing and loses nothing (a real full tmpfs),
// a db.json of the wrong shape is refused untouched, and DATA_DIR is private.
import { spawnSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NOT_RECORDED_YET } from '../../src/bot/createBot.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { startBot } from '../../src/main.js';
import { DB_VERSION } from '../../src/store/dbSchema.js';
import { openStore, type Store } from '../../src/store/openStore.js';
import { SECRETS, sentText, startTestBot, type TestBot } from '../support/testBot.js';
import { type Tmpfs, mountTmpfs, tmpfsUnavailable } from '../support/tmpfs.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Fills the file system of `dir` until only about `leaveBytes` are free; returns how to give the space back. */
async function fill(dir: string, leaveBytes: number): Promise<() => Promise<void>> {
  const { bavail, bsize } = statfsSync(dir);
  const file = join(dir, 'filler.bin');
  await writeFile(file, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
  return () => unlink(file);
}

/** A valid version-2 db.json made big on purpose (an unknown field is kept), so rewriting it needs more than is left. */
function bigDb(): string {
  return JSON.stringify({ version: DB_VERSION, dialogs: [], outbox: [], settings: {}, padding: 'x'.repeat(400_000) });
}

async function startOn(dataDir: string, extra: { retryAfterMs?: number } = {}): Promise<TestBot> {
  const t = await startTestBot({ dataDir, ...extra });
  cleanups.push(() => t.close());
  return t;
}

describe('4. a failed write is all or nothing (a real full file system)', () => {
  it.skipIf(tmpfsUnavailable)('ENOSPC: nothing recorded and the member told so; healthz 503; after space returns and a restart, one record, one receipt', async () => {
    const fs = await mountTmpfs(2 * 1024 * 1024);
    cleanups.push(() => fs.unmount());
    await writeFile(join(fs.dir, 'db.json'), bigDb(), { mode: 0o600 });
    const t = await startOn(fs.dir);
    const giveBack = await fill(fs.dir, 96 * 1024);

    // No day: the bot must save a question (db.json, rewritten whole: more than is left), not a record.
    const { envelope, status } = await t.say('王建国', '和李明主任进行了廉政谈话');
    expect(status).toBe(200); // the journal line fits: accepted
    await t.running.drain();
    const messageId = (envelope.event as { message: { message_id: string } }).message.message_id;

    // Rolled back in memory: no record anywhere, not even in an export.
    expect(t.running.store.read((db) => db.dialogs)).toHaveLength(0);
    expect(t.texts()).toEqual([NOT_RECORDED_YET]);
    expect(t.texts().join('\n')).not.toContain('已记录');
    const health = await fetch(`${t.running.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, store: { ok: false, code: 'DATA_WRITE_FAILED', errno: 'ENOSPC', file: join(fs.dir, 'db.json') } });
    expect(t.logs.some((l) => l.includes(join(fs.dir, 'db.json')) && l.includes('ENOSPC'))).toBe(true);
    // Left not done in the journal, to be tried again.
    expect(t.running.inbox.stats()).toMatchObject({ pending: 1, done: 0, failed: 0 });

    await giveBack();
    await t.restart();
    await t.running.drain();
    expect(t.running.inbox.stats()).toMatchObject({ pending: 0 });
    expect(t.texts().filter((x) => /是哪一天/.test(x))).toHaveLength(1);
    expect((await (await fetch(`${t.running.url}/healthz`)).json()).ok).toBe(true);
    await t.say('王建国', '昨天');
    await t.running.drain();
    expect(t.running.store.read((db) => db.activities)).toMatchObject([{ type: 'talk_integrity' }]);
    expect(messageId).toMatch(/^om_/);
    const receipts = t.emulator.sent.filter((m) => /已记录 1 项/.test(sentText(m)));
    expect(receipts).toHaveLength(1);

    // Once more: nothing doubles on a second restart or a late redelivery.
    await t.restart();
    await t.redeliver(t.emulator.repushed(envelope));
    await t.running.drain();
    expect(t.running.store.read((db) => db.activities)).toHaveLength(1);
    expect(t.emulator.sent.filter((m) => /已记录 1 项/.test(sentText(m)))).toHaveLength(1);
  }, 30_000);

  it.skipIf(tmpfsUnavailable)('the event is retried while running, once space returns, without a restart', async () => {
    const fs = await mountTmpfs(2 * 1024 * 1024);
    cleanups.push(() => fs.unmount());
    await writeFile(join(fs.dir, 'db.json'), bigDb(), { mode: 0o600 });
    const t = await startOn(fs.dir, { retryAfterMs: 300 });
    const giveBack = await fill(fs.dir, 96 * 1024);
    await t.say('王建国', '组织观看警示教育片《贪毁人生》，参加23人');
    await t.running.drain();
    expect(t.running.store.read((db) => db.dialogs)).toHaveLength(0);
    await giveBack();
    // The retry timer fires on its own; wait for its outcome, not for a time.
    for (let i = 0; i < 200 && t.running.inbox.stats().pending > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      await t.running.drain();
    }
    expect(t.running.store.read((db) => db.dialogs)).toHaveLength(1);
    expect(t.texts().filter((x) => /是哪一天/.test(x))).toHaveLength(1);
    expect(t.running.store.health()).toEqual({ ok: true });
    expect(t.logs.some((l) => l.includes('is writable again'))).toBe(true);
  }, 30_000);

  it.skipIf(tmpfsUnavailable)('through the Store interface: concurrent updates all reject, nothing stays in memory, the file is untouched', async () => {
    const fs = await mountTmpfs(2 * 1024 * 1024);
    cleanups.push(() => fs.unmount());
    const file = join(fs.dir, 'db.json');
    await writeFile(file, bigDb(), { mode: 0o600 });
    const store: Store = await openStore(file);
    cleanups.push(() => store.close());
    const before = await readFile(file, 'utf8');
    const giveBack = await fill(fs.dir, 64 * 1024);
    const push = (id: string) =>
      store.update((db) => {
        db.dialogs.push({ key: id, kind: 'test', createdAt: '2026-11-22T00:00:00Z', expiresAt: '2026-11-22T01:00:00Z', data: null });
      });
    const results = await Promise.allSettled([push('a'), push('b'), push('c')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'DATA_WRITE_FAILED', detail: { file, errno: 'ENOSPC' } });
    expect(store.read((db) => db.dialogs)).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(store.health()).toMatchObject({ ok: false, errno: 'ENOSPC' });
    await giveBack();
    await push('d');
    expect(store.read((db) => db.dialogs.map((d) => d.key))).toEqual(['d']);
    expect(store.health()).toEqual({ ok: true });
  });

  it.skipIf(tmpfsUnavailable)('start-up refuses a DATA_DIR it cannot write, in the 「cannot start」 form', async () => {
    const fs = await mountTmpfs(64 * 1024, { readOnly: true, mode: 0o700 });
    cleanups.push(() => fs.unmount());
    const { emulator, env } = await plainEnv(fs.dir);
    cleanups.push(() => emulator.close());
    await expect(startBot({ env, log: () => {} })).rejects.toMatchObject({ code: 'DATA_DIR_UNWRITABLE' });
    // The real entry point, as an operator sees it.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DATA_DIR: fs.dir, PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`清风 cannot start: DATA_DIR ${fs.dir} is not writable (EROFS)`);
  }, 30_000);
});

async function plainEnv(dataDir: string): Promise<{ emulator: Emulator; env: Parameters<typeof startBot>[0]['env'] }> {
  const config = loadConfig('config');
  const APP = { appId: 'cli_0123456789abcdef', appSecret: 'test-app-secret' };
  const emulator = createEmulator({ ...APP, verificationToken: SECRETS.verificationToken, users: config.directory.org.people.map((p) => ({ openId: p.openId!, name: p.name })) });
  const domain = await emulator.listen(0);
  return {
    emulator,
    env: { feishu: { ...APP, ...SECRETS, domain }, port: 0, host: '127.0.0.1', dataDir, configDir: 'config', emulatorPort: 0, retainReportText: false },
  };
}

describe('5. a data file of the wrong shape is refused, named and untouched', () => {
  for (const [what, text] of [
    ['a JSON array', '[]'],
    ['null', 'null'],
    ['an array of records', '[{"id":"a1","type":"talk_integrity"}]'],
    ['a number', '42'],
    ['a string', '"activities"'],
  ] as const) {
    it(`db.json holding ${what}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'qingfeng-shape-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      const file = join(dir, 'db.json');
      await writeFile(file, text);
      const { emulator, env } = await plainEnv(dir);
      cleanups.push(() => emulator.close());
      await expect(startBot({ env, log: () => {} })).rejects.toMatchObject({
        code: 'DATA_INVALID',
        message: expect.stringContaining(`${file}: expected a JSON object`),
      });
      expect(await readFile(file, 'utf8')).toBe(text);
    });
  }
});

describe('11. DATA_DIR is private', () => {
  it('a new DATA_DIR is 0700 and audit.jsonl, events.jsonl, feishu-bot.json are 0600', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'qingfeng-mode-'));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    const dir = join(parent, 'data');
    const t = await startOn(dir);
    await t.say('王建国', '今天和李明主任进行了廉政谈话');
    await t.running.drain();
    await t.restart(); // compaction rewrites the journal: still 0600
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    for (const name of ['audit.jsonl', 'events.jsonl', 'feishu-bot.json']) expect([name, (await stat(join(dir, name))).mode & 0o777]).toEqual([name, 0o600]);
  });

  it('an existing 0755 folder with 0644 files is tightened at start, with one log line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingfeng-mode-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await chmod(dir, 0o755);
    await writeFile(join(dir, 'db.json'), JSON.stringify({ version: DB_VERSION, dialogs: [], outbox: [], settings: {} }), { mode: 0o644 });
    await writeFile(join(dir, 'feishu-ids.json'), '{}', { mode: 0o644 });
    await mkdir(join(dir, 'exports'), { mode: 0o755 });
    const t = await startOn(dir);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, 'db.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'feishu-ids.json'))).mode & 0o777).toBe(0o600);
    const lines = t.logs.filter((l) => l.startsWith(`DATA_DIR ${dir}`));
    expect(lines).toEqual([`DATA_DIR ${dir} was readable by other users (0755); tightened to 0700 and db.json, feishu-ids.json to 0600`]);
    await t.restart();
    expect(t.logs.filter((l) => l.startsWith(`DATA_DIR ${dir}`))).toHaveLength(1);
  });
});
