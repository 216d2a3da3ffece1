// Starts the whole bot as production does (startBot), against a Feishu emulator on 127.0.0.1 and a temp data dir.
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AppConfig } from '../../src/config/loadConfig.js';
import { createEmulator, type Emulator, type EmulatorSnapshot } from '../../src/emulator/createEmulator.js';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import type { MentionInput } from '../../src/emulator/eventBuilders.js';
import { startBot, type RunningBot } from '../../src/main.js';
import type { SendLimits } from '../../src/outbox/createSendLimiter.js';
import { loadTestConfig } from './loadTestConfig.js';
import { makeTestDataDir } from './testDataDir.js';

export const SECRETS = { verificationToken: 'test-verification-token', encryptKey: 'test-encrypt-key' };
const APP = { appId: 'cli_0123456789abcdef', appSecret: 'test-app-secret' };

export interface TestBot {
  emulator: Emulator;
  running: RunningBot;
  config: AppConfig;
  dataDir: string;
  /** The clock the bot reads; tests move it. */
  clock: { now: Date };
  /** Every line the bot logged (the operator's view), across restarts. */
  logs: string[];
  /** open_id of a person in config/organization.yaml, by name. */
  openId(name: string): string;
  /** Delivers a signed, encrypted message event; returns the HTTP answer and the event. */
  say(
    from: string,
    text: string,
    opts?: {
      chatType?: 'p2p' | 'group';
      chatId?: string;
      mentions?: MentionInput[];
      eventId?: string;
      messageType?: string;
      content?: Record<string, unknown>;
    },
  ): Promise<{ status: number; body: unknown; envelope: Record<string, unknown> }>;
  /** Clicks a button (or submits a form) on a card the bot sent; returns Feishu's view of the answer (toast, card). */
  click(
    from: string,
    messageId: string,
    value: Record<string, unknown>,
    formValue?: Record<string, unknown>,
  ): Promise<{ status: number; body: { toast?: { type: string; content: string }; card?: { data: object } } }>;
  /** Re-delivers an envelope exactly as Feishu retries do. */
  redeliver(envelope: object): Promise<{ status: number; body: unknown }>;
  /** Messages the bot sent, as text (cards flattened to their markdown). */
  texts(): string[];
  /** Stops and starts the bot on the same data dir (a restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A card as plain text: header title plus every markdown/text content and button label, for assertions. */
export function cardText(card: object): string {
  const c = card as { header?: { title?: { content?: string } }; body?: { elements?: unknown[] } };
  const parts: string[] = [];
  if (c.header?.title?.content) parts.push(c.header.title.content);
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      // A table's rows become "cell | cell" lines; options cells are [{text, color}].
      if (o.tag === 'table' && Array.isArray(o.rows) && Array.isArray(o.columns)) {
        const names = (o.columns as { name: string }[]).map((c) => c.name);
        const cell = (v: unknown): string => (Array.isArray(v) ? v.map((x) => (x as { text?: string }).text ?? '').join(' ') : String(v ?? ''));
        for (const row of o.rows as Record<string, unknown>[]) parts.push(names.map((n) => cell(row[n])).join(' | '));
      }
      if (typeof o.content === 'string') parts.push(o.content);
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(c.body?.elements);
  return parts.join('\n');
}

/** A sent message as plain text (cards flattened by cardText). */
export function sentText(m: SentMessage): string {
  const c = m.content as { text?: string };
  return typeof c.text === 'string' ? c.text : cardText(m.content);
}

/** Every callback value of the buttons in a card, in order. */
export function buttonValues(card: object): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.tag === 'button' && Array.isArray(o.behaviors)) {
        for (const b of o.behaviors as { value?: Record<string, unknown> }[]) if (b.value) out.push(b.value);
      }
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(card);
  return out;
}

/** A file of DATA_DIR as a test bot left it: its path inside DATA_DIR, its bytes and its permission bits. */
export interface DataFile {
  name: string;
  bytes: Buffer;
  mode: number;
}

/**
 * Where a test bot starts instead of from nothing (test/support/chatSnapshot.ts): the emulator's world and DATA_DIR's
 * files as another test bot left them. Everything else (the emulator's server and failures, the bot, its front) is
 * built afresh as for any test bot.
 */
export interface TestBotSeed {
  emulator: EmulatorSnapshot;
  files: readonly DataFile[];
}

export interface TestBotOptions {
  now?: Date;
  dataDir?: string;
  configDir?: string;
  retainReportText?: boolean;
  /** Extra chats the emulator knows (e.g. a topic group). */
  chats?: { chatId: string; name: string; mode?: 'group' | 'topic' }[];
  /** See StartOptions.retryAfterMs. */
  retryAfterMs?: number;
  /** See StartOptions.feishuTimeoutMs. */
  feishuTimeoutMs?: number;
  /** Env REPLY_SPILL (default true, as in production): p2p replies may spill into 发送消息 when 回复消息 is full. */
  replySpill?: boolean;
  /** See StartOptions.sendLimits; default TEST_SEND_LIMITS. */
  sendLimits?: Partial<SendLimits>;
  /** The app's granted scopes at the emulator (EmulatorOptions.grantedScopes); default every scope. */
  grantedScopes?: string[];
  /** See StartOptions.dialogSweepMs. */
  dialogSweepMs?: number;
  /** See StartOptions.journalIdleCompactMs. */
  journalIdleCompactMs?: number;
  /** See StartOptions.warmUp; off unless asked (test/e2e/warmUp.test.ts asks): a test bot handles a few messages. */
  warmUp?: boolean;
}

/**
 * A test bot's send limits unless it asks for others: Feishu's (src/outbox/sendLimits.ts) but the 5 messages a second to
 * one member or chat. A test says its next message as soon as the last is answered, so a member's sixth message within a
 * second waited for the window: a 确认 after a change card 0.5–0.9 s, 「X几次了」 for every type name 0.2 s each (round
 * 69: 24 s of waits in storedCorrectionFiftySixB, leaderQuestionsAsked and reportingLists). No member types that fast.
 * The limiter's windows have their own tests (test/outbox); test/e2e/feishuReality.test.ts keeps Feishu's limits.
 */
export const TEST_SEND_LIMITS: Partial<SendLimits> = { perReceiverPerSecond: 1_000 };

/** A demo bot against its own emulator and temp DATA_DIR (test/support/testDataDir.ts), started from nothing. */
export function startTestBot(opts: TestBotOptions = {}): Promise<TestBot> {
  return createTestBot(opts);
}

async function writeDataFiles(dir: string, files: readonly DataFile[]): Promise<void> {
  for (const f of files) {
    const file = join(dir, f.name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, f.bytes);
    await chmod(file, f.mode & 0o7777);
  }
}

/** startTestBot, or with `seed` the same bot started on a copy of another's emulator world and DATA_DIR (a fresh temp dir). */
export async function createTestBot(opts: TestBotOptions = {}, seed?: TestBotSeed): Promise<TestBot> {
  const configDir = opts.configDir ?? 'config';
  const config = loadTestConfig(configDir);
  const clock = { now: opts.now ?? new Date('2026-11-22T10:00:00+08:00') };
  const emulator = createEmulator({
    ...APP,
    verificationToken: SECRETS.verificationToken,
    users: config.directory.org.people.map((p) => ({ openId: p.openId!, name: p.name })),
    chats: [{ chatId: 'oc_testgroup', name: '测试群' }, ...(opts.chats ?? [])],
    now: () => clock.now,
    ...(opts.grantedScopes ? { grantedScopes: opts.grantedScopes } : {}),
    ...(seed ? { from: seed.emulator } : {}),
  });
  const domain = await emulator.listen(0);
  // In RAM when the machine has room there (test/support/testDataDir.ts): the same writes and syncs, no disk wait.
  const dataDir = opts.dataDir ?? (await makeTestDataDir());
  if (seed) await writeDataFiles(dataDir, seed.files);
  const env = {
    feishu: { ...APP, ...SECRETS, domain },
    port: 0,
    host: '127.0.0.1',
    dataDir,
    configDir,
    emulatorPort: 0,
    retainReportText: opts.retainReportText ?? false,
    replySpill: opts.replySpill ?? true,
  };
  const logs: string[] = [];
  const start = () => startBot({ env, config, now: () => clock.now, log: (line) => void logs.push(line), retryAfterMs: opts.retryAfterMs, feishuTimeoutMs: opts.feishuTimeoutMs, sendLimits: opts.sendLimits ?? TEST_SEND_LIMITS, dialogSweepMs: opts.dialogSweepMs, journalIdleCompactMs: opts.journalIdleCompactMs, warmUp: opts.warmUp ?? false });
  let running = await start();
  const webhook = () => `${running.url}/feishu/events`;

  const t: TestBot = {
    emulator,
    get running() {
      return running;
    },
    config,
    dataDir,
    clock,
    logs,
    openId(name) {
      const p = config.directory.org.people.find((x) => x.name === name);
      if (!p?.openId) throw new Error(`no person named ${name} in config/organization.yaml`);
      return p.openId;
    },
    async say(from, text, o = {}) {
      const envelope = emulator.messageEvent({
        senderOpenId: from.startsWith('ou_') ? from : t.openId(from),
        chatType: o.chatType ?? 'p2p',
        chatId: o.chatId,
        text,
        mentions: o.mentions,
        eventId: o.eventId,
        messageType: o.messageType,
        content: o.content,
      });
      const answer = await emulator.deliver(webhook(), envelope, SECRETS);
      return { ...answer, envelope };
    },
    async click(from, messageId, value, formValue) {
      const envelope = emulator.cardActionEvent({ operatorOpenId: t.openId(from), messageId, value, formValue });
      const answer = await emulator.deliver(`${running.url}/feishu/card`, envelope, SECRETS);
      return answer as { status: number; body: { toast?: { type: string; content: string }; card?: { data: object } } };
    },
    redeliver: (envelope) => emulator.deliver(webhook(), envelope, SECRETS),
    texts: () => emulator.sent.map(sentText),
    async restart() {
      await running.stop();
      running = await start();
    },
    async close() {
      await running.stop();
      await emulator.close();
      if (!opts.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}
