// One 清风 per DATA_DIR (src/store/lockDataDir.ts): a second process on the same files is refused with the other's
// pid; a lock left by a killed process is taken over; a graceful stop removes it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { spawnBot, type SpawnedBot } from '../support/spawnBot.js';

/** Demo mode's banner names the bot's URL. */
const DEMO_READY = /机器人:\s+(http:\/\/127\.0\.0\.1:\d+)/;

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

/** Runs a second bot to its exit; what it printed and its exit code. */
function runToExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout!.on('data', (b: Buffer) => void (out += b.toString()));
    proc.stderr!.on('data', (b: Buffer) => void (out += b.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const exited = (b: SpawnedBot) => new Promise<void>((r) => (b.proc.exitCode !== null || b.proc.signalCode !== null ? r() : b.proc.once('exit', () => r())));

it('a second bot on the same DATA_DIR is refused naming the first pid; after kill -9 the lock is taken over; a graceful stop removes it', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-lock-'));
  const first = await spawnBot(demoEnv(), { ready: DEMO_READY });
  bots.push(first);
  const lockFile = join(dataDir, 'qingfeng.pid');
  expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(first.proc.pid));

  const second = await runToExit(demoEnv());
  expect(second.code).not.toBe(0);
  expect(second.out).toContain('清风 cannot start');
  expect(second.out).toContain(`in use by another 清风 (pid ${first.proc.pid}`);
  expect(second.out).not.toMatch(/\n\s+at /);
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
