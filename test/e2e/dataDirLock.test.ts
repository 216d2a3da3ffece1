// One 清风 per DATA_DIR (src/store/lockDataDir.ts): a second process on the same files is refused with the other's
// pid; a lock left by a killed process is taken over; a graceful stop removes it.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { useBuiltBot } from '../support/builtBot.js';
import { spawnBot, type SpawnedBot } from '../support/spawnBot.js';

/** Demo mode's banner names the bot's URL. */
const DEMO_READY = /机器人:\s+(http:\/\/127\.0\.0\.1:\d+)/;

useBuiltBot();
let dataDir = '';
const bots: SpawnedBot[] = [];
afterEach(async () => {
  for (const b of bots) b.proc.kill('SIGKILL');
  bots.length = 0;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function demoEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir, EMULATOR_PORT: '0' };
  for (const k of Object.keys(process.env)) if (k.startsWith('FEISHU_')) env[k] = '';
  return env;
}

const exited = (b: SpawnedBot) => new Promise<void>((r) => (b.proc.exitCode !== null || b.proc.signalCode !== null ? r() : b.proc.once('exit', () => r())));

it('a second bot on the same DATA_DIR is refused naming the first pid; after kill -9 the lock is taken over; a graceful stop removes it', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-lock-'));
  const first = await spawnBot(demoEnv(), { ready: DEMO_READY });
  bots.push(first);
  const lockFile = join(dataDir, 'qingfeng.pid');
  expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(first.proc.pid));

  // spawnBot rejects with everything the process printed when it exits before it is ready.
  const second = await spawnBot(demoEnv(), { ready: DEMO_READY }).then(
    (b) => (bots.push(b), 'started'),
    (error: Error) => error.message,
  );
  expect(second).toMatch(/^bot exited with [1-9]/);
  expect(second).toContain('清风 cannot start');
  expect(second).toContain(`in use by another 清风 (pid ${first.proc.pid}`);
  expect(second).not.toMatch(/\n\s+at /);
  expect(await fetch(`${first.url}/healthz`).then((r) => r.status)).toBe(200);

  first.proc.kill('SIGKILL');
  await exited(first);
  const third = await spawnBot(demoEnv(), { ready: DEMO_READY });
  bots.push(third);
  expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(third.proc.pid));
  expect(await fetch(`${third.url}/healthz`).then((r) => r.status)).toBe(200);

  third.proc.kill('SIGTERM');
  await exited(third);
  expect(existsSync(lockFile)).toBe(false);
}, 120_000);
