// The whole bot (startBot) in long-connection mode: the real WSClient dialled into the emulator's gateway on 127.0.0.1.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../../src/config/env.js';
import type { AppConfig } from '../../src/config/loadConfig.js';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import type { EmulatorOptions } from '../../src/emulator/emulatorTypes.js';
import { startBot, type RunningBot } from '../../src/main.js';
import { loadTestConfig } from './loadTestConfig.js';

export const WS_APP = { appId: 'cli_9a8b7c6d5e4f3a2b', appSecret: 'ws-test-app-secret' };
/** Quick pings and retries, so a dropped connection comes back within a second or two. */
export const FAST_CLIENT_CONFIG = { PingInterval: 1, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 };

export interface WsBot {
  emulator: Emulator;
  running: RunningBot;
  config: AppConfig;
  dataDir: string;
  logs: string[];
  clock: { now: Date };
  env: Env;
  openId(name: string): string;
  /** Pushes a text message from a member over the connection; resolves with the bot's answer frame. */
  say(from: string, text: string, opts?: { eventId?: string; fragmentBytes?: number }): Promise<{ status: number; body: unknown; envelope: Record<string, unknown> }>;
  close(): Promise<void>;
}

export async function startWsBot(
  opts: { emulator?: Partial<EmulatorOptions>; env?: Partial<Env>; appId?: string; appSecret?: string; encryptKey?: string } = {},
): Promise<WsBot> {
  const config = loadTestConfig();
  const clock = { now: new Date('2026-11-22T10:00:00+08:00') };
  const emulator = createEmulator({
    ...WS_APP,
    users: config.directory.org.people.map((p) => ({ openId: p.openId!, name: p.name })),
    chats: [{ chatId: 'oc_wsgroup', name: '长连接测试群' }],
    now: () => clock.now,
    longConnection: { clientConfig: FAST_CLIENT_CONFIG },
    ...opts.emulator,
  });
  const domain = await emulator.listen(0);
  const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-ws-'));
  const logs: string[] = [];
  const env: Env = {
    feishu: { appId: opts.appId ?? WS_APP.appId, appSecret: opts.appSecret ?? WS_APP.appSecret, verificationToken: '', encryptKey: opts.encryptKey, domain },
    eventMode: 'ws',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    configDir: 'config',
    emulatorPort: 0,
    retainReportText: false,
    ...opts.env,
  };
  let running: RunningBot;
  try {
    running = await startBot({ env, config, now: () => clock.now, log: (l) => logs.push(l), scheduler: false });
  } catch (error) {
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const openId = (name: string) => {
    const p = config.directory.org.people.find((x) => x.name === name);
    if (!p?.openId) throw new Error(`no person named ${name}`);
    return p.openId;
  };
  return {
    emulator,
    running,
    config,
    dataDir,
    logs,
    clock,
    env,
    openId,
    async say(from, text, o = {}) {
      const envelope = emulator.messageEvent({ senderOpenId: openId(from), chatType: 'p2p', text, eventId: o.eventId });
      const answer = await emulator.ws.push(envelope, { fragmentBytes: o.fragmentBytes });
      return { ...answer, envelope };
    },
    async close() {
      await running.stop();
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until check() holds (a condition, not a duration: no timed assertions). */
export async function waitFor(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`not in time: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
