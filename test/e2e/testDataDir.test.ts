// The test bots' DATA_DIR (test/support/testDataDir.ts): in RAM when the machine has /dev/shm with room, else in the
// temp dir, inside the run's root (test/support/testDataRunRoot.ts); either way a new folder for each bot, gone once the
// bot is closed.
import { existsSync, writeFileSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeAll, expect, inject, it } from 'vitest';
import { runRootName } from '../support/removeStaleRunRoots.js';
import { testDataParent } from '../support/testDataDir.js';
import { testDataRoot } from '../support/testDataRoot.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

// The first start in a worker also loads the bot's modules: more than a test's 20 s on a loaded machine.
beforeAll(async () => (await startTestBot()).close(), 120_000);

const bots: TestBot[] = [];
afterEach(async () => {
  for (const t of bots.splice(0)) await t.close();
});

it("each test bot gets a new DATA_DIR in the run's root, in RAM when /dev/shm has room, removed when it is closed", async () => {
  bots.push(await startTestBot(), await startTestBot());
  const [a, b] = bots as [TestBot, TestBot];
  expect(a.dataDir).not.toBe(b.dataDir);
  const runRoot = inject('testDataRunRoot');
  expect(testDataParent()).toBe(runRoot);
  for (const t of [a, b]) expect(dirname(t.dataDir)).toBe(runRoot);
  // One root per run, named after the vitest process that made it (the forks pool's workers are its children).
  expect(dirname(runRoot)).toBe(testDataRoot());
  expect(basename(runRoot)).toBe(runRootName(process.ppid));
  const ram = existsSync('/dev/shm') && statfsSync('/dev/shm').bavail * statfsSync('/dev/shm').bsize >= 48 * 1048576;
  expect(testDataRoot()).toBe(ram ? '/dev/shm' : tmpdir());
  // The bot wrote its files there as it does anywhere: the DATA_DIR lock, the journal, a file written durably.
  for (const name of ['qingfeng.pid', 'events.jsonl', 'feishu-bot.json']) expect(existsSync(join(a.dataDir, name)), name).toBe(true);
  await a.close();
  bots.shift();
  expect(existsSync(a.dataDir)).toBe(false);
  expect(existsSync(b.dataDir)).toBe(true);
});

it('falls back on the temp dir when the RAM folder is missing, not a folder, or short of room', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qingfeng-root-'));
  try {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    expect(testDataRoot(join(dir, 'missing'))).toBe(tmpdir());
    expect(testDataRoot(file)).toBe(tmpdir());
    expect(testDataRoot(dir, Number.MAX_SAFE_INTEGER)).toBe(tmpdir());
    expect(testDataRoot(dir, 0)).toBe(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
