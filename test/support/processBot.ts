// The harness for tests that run the bot as a real process (kill -9, SIGTERM, the bot thread, a start under load): an
// emulator with the demo directory, a temp DATA_DIR, the environment for either event mode, and every child killed after
// the test.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { loadTestConfig } from './loadTestConfig.js';
import { FAST_CLIENT_CONFIG, WS_APP } from './longConnectionBot.js';
import { useBuiltBot } from './builtBot.js';
import { spawnBot, type SpawnedBot } from './spawnBot.js';
import { SECRETS } from './testBot.js';

/** The webhook tests' app (the long connection's is WS_APP). */
export const WEBHOOK_APP = { appId: 'cli_0123456789abcdef', appSecret: 'test-app-secret' };

export interface ProcessBotHarness {
  /** This test's emulator, listening on 127.0.0.1. */
  readonly emulator: Emulator;
  /** This test's DATA_DIR (removed after the test). */
  readonly dataDir: string;
  /** What `spawn` passes: the app's credentials, the emulator as FEISHU_DOMAIN, DATA_DIR, then `extra`. */
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** spawnBot(env(extra), opts); the process is SIGKILLed after the test if it still runs. */
  spawn(extra?: NodeJS.ProcessEnv, opts?: Parameters<typeof spawnBot>[1]): Promise<SpawnedBot>;
}

/**
 * Registers beforeEach/afterEach around each test of the file; call at its top level. `mode` 'webhook' (default) signs
 * and encrypts with SECRETS; 'ws' gives the emulator a long connection with quick pings and the bot FEISHU_EVENT_MODE=ws
 * (no verification token: the long connection has none). `seed(dataDir)` runs before each test, e.g. to write a v2
 * db.json.
 */
export function useProcessBot(opts: { prefix: string; mode?: 'webhook' | 'ws'; seed?: (dataDir: string) => Promise<void> }): ProcessBotHarness {
  const mode = opts.mode ?? 'webhook';
  const app = mode === 'ws' ? WS_APP : WEBHOOK_APP;
  let emulator: Emulator | undefined;
  let dataDir: string | undefined;
  const children: ChildProcess[] = [];

  useBuiltBot();
  beforeEach(async () => {
    const people = loadTestConfig().directory.org.people;
    emulator = createEmulator({
      ...app,
      ...(mode === 'webhook' ? { verificationToken: SECRETS.verificationToken } : { longConnection: { clientConfig: FAST_CLIENT_CONFIG } }),
      users: people.map((p) => ({ openId: p.openId!, name: p.name })),
    });
    await emulator.listen(0);
    dataDir = await mkdtemp(join(tmpdir(), `qingfeng-${opts.prefix}-`));
    await opts.seed?.(dataDir);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await emulator?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const harness: ProcessBotHarness = {
    get emulator() {
      return emulator!;
    },
    get dataDir() {
      return dataDir!;
    },
    env: (extra = {}) => ({
      FEISHU_APP_ID: app.appId,
      FEISHU_APP_SECRET: app.appSecret,
      ...(mode === 'webhook'
        ? { FEISHU_VERIFICATION_TOKEN: SECRETS.verificationToken, FEISHU_ENCRYPT_KEY: SECRETS.encryptKey }
        : { FEISHU_EVENT_MODE: 'ws', FEISHU_VERIFICATION_TOKEN: '' }),
      FEISHU_DOMAIN: emulator!.url,
      DATA_DIR: dataDir!,
      ...extra,
    }),
    async spawn(extra, spawnOpts) {
      const bot = await spawnBot(harness.env(extra), spawnOpts);
      children.push(bot.proc);
      return bot;
    },
  };
  return harness;
}

/** Sends `signal` (default SIGKILL) and resolves with the exit code once the process has exited. */
export function stopped(proc: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
  return new Promise((resolve) => {
    proc.once('exit', (code) => resolve(code));
    proc.kill(signal);
  });
}

/** The demo directory's open_id of the person called `name`. */
export function openIdOf(name: string): string {
  return loadTestConfig().directory.org.people.find((p) => p.name === name)!.openId!;
}
