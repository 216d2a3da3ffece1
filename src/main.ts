// The composition root: config, store, Feishu client (or the local emulator), bot, inbox, HTTP server, shutdown.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createBot, type Bot } from './bot/createBot.js';
import { createLedgerIndex } from './store/createLedgerIndex.js';
import { withLiveConfig } from './bot/withLiveConfig.js';
import { createConfigHolder, type ConfigHolder } from './config/configHolder.js';
import { createFileIdCache } from './config/idCache.js';
import { resolveConfig } from './config/resolveDirectory.js';
import { createReminderRuntime } from './domain/reminders/runtime.js';
import { createOutbox } from './outbox/createOutbox.js';
import type { OutboxStats } from './outbox/outboxDeps.js';
import type { Outbox } from './outbox/outboxTypes.js';
import { createScheduler, type Scheduler } from './scheduler/createScheduler.js';
import { ConfigError } from './config/configError.js';
import { loadEnv, type Env } from './config/env.js';
import { loadConfig, type AppConfig } from './config/loadConfig.js';
import type { Emulator } from './emulator/createEmulator.js';
import { DEMO_APP } from './emulator/demoApp.js';
import { roleLabel } from './domain/roleLabel.js';
import { seedDemoData } from './demo/seedDemoData.js';
import { createFeishuClient } from './feishu/createFeishuClient.js';
import { createLongConnection, type LongConnection } from './feishu/createLongConnection.js';
import { LongConnectionError } from './feishu/LongConnectionError.js';
import { APP_ID_PATTERN } from './feishu/appIdPattern.js';
import { openJournal } from './store/openJournal.js';
import { createConnectionReceiver } from './transport/createConnectionReceiver.js';
import { isWriteFailure, openStore, type Store } from './store/openStore.js';
import { secureDataDir } from './store/secureDataDir.js';
import { lockDataDir } from './store/lockDataDir.js';
import { resolveBotIdentity } from './feishu/resolveBotIdentity.js';
import { createLimitedSender } from './outbox/createLimitedSender.js';
import { FEISHU_LIMITS, createSendLimiter, type SendLimits } from './outbox/createSendLimiter.js';
import { performance } from 'node:perf_hooks';
import { createInbox, type Inbox } from './transport/createInbox.js';
import { createServer } from './transport/createServer.js';
import { parseEvent } from './transport/parseEvent.js';
import { shanghaiDate } from './domain/shanghai.js';
import { demoTenant } from './emulator/demoTenant.js';
import { readFeishuDirectory } from './feishu/readFeishuDirectory.js';

export interface StartOptions {
  env: Env;
  /** Defaults to loading env.configDir. */
  config?: AppConfig;
  now?: () => Date;
  log?: (line: string) => void;
  /** Start the reminder schedule (default true); tests that drive the jobs themselves turn it off. */
  scheduler?: boolean;
  /** First wait before an event whose store write failed is processed again (default 60 s; see createInbox). */
  retryAfterMs?: number;
  /** Per-request timeout of the Feishu client (default 10 s); tests of hung requests shorten it. */
  feishuTimeoutMs?: number;
  /** Overrides Feishu's send limits for replies and the outbox (default FEISHU_LIMITS); a stress test may lift them. */
  sendLimits?: Partial<SendLimits>;
  /** `--demo-data`: seed a year of demo records into an empty data dir (demo mode only). */
  demoData?: boolean;
}

export interface RunningBot {
  /** Base URL of the bot's HTTP server. */
  url: string;
  store: Store;
  inbox: Inbox;
  bot: Bot;
  outbox: Outbox & { stats(): OutboxStats };
  scheduler: Scheduler;
  /** The configuration in force (重新加载配置 swaps it). */
  config: ConfigHolder;
  /** Present in demo mode (no FEISHU_APP_ID): the local Feishu the bot talks to. */
  emulator?: Emulator;
  /** Present with FEISHU_EVENT_MODE=ws: the long connection events arrive on. */
  connection?: LongConnection;
  /** Waits for every accepted event to be processed. */
  drain(): Promise<void>;
  /** Stops taking requests, finishes accepted work, flushes the store. */
  stop(): Promise<void>;
}

function listen(app: { fetch: (r: Request) => Response | Promise<Response> }, port: number, hostname: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, () => resolve(server as Server)) as Server;
    server.once('error', reject);
  });
}

export async function startBot(opts: StartOptions): Promise<RunningBot> {
  const { env } = opts;
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((line: string) => console.log(line));
  const config = opts.config ?? loadConfig(env.configDir);
  // 0700, writable, or 「清风 cannot start: DATA_DIR … is not writable (EACCES)」.
  await secureDataDir(env.dataDir, log);
  // One bot per DATA_DIR, or 「清风 cannot start: … is in use by another 清风 (pid N)」.
  const lock = await lockDataDir(env.dataDir, log);
  const store = await openStore(join(env.dataDir, 'db.json'), { log, now });
  const journal = await openJournal(join(env.dataDir, 'events.jsonl'), { now, log });

  let emulator: Emulator | undefined;
  let feishuEnv = env.feishu;
  if (!feishuEnv) {
    // Imported here, not at the top: a production start (FEISHU_APP_ID set) never loads the emulator, its pages or its gateway.
    const { createEmulator } = await import('./emulator/createEmulator.js');
    emulator = createEmulator({
      appId: DEMO_APP.appId,
      appSecret: DEMO_APP.appSecret,
      // The demo tenant's directory (departments, members, job titles) for `npm run org -- import-feishu`.
      ...demoTenant(config.directory.source, shanghaiDate(now())),
      chats: [DEMO_APP.groupChat],
      log: (line) => log(`[飞书模拟器] ${line}`),
      roleOf: (openId) => {
        const person = config.directory.asOf(shanghaiDate(now())).byOpenId(openId);
        return person ? roleLabel(person) : undefined;
      },
    });
    const domain = await emulator.listen(env.emulatorPort);
    feishuEnv = { ...DEMO_APP, domain };
  }

  // Before anything asks Feishu: WSClient would silently never connect with a malformed app id.
  if (env.eventMode === 'ws' && !APP_ID_PATTERN.test(feishuEnv.appId)) throw LongConnectionError.badAppId(feishuEnv.appId);
  const feishu = createFeishuClient({
    appId: feishuEnv.appId,
    appSecret: feishuEnv.appSecret,
    domain: feishuEnv.domain,
    logger: { warn: (m) => log(m) },
    timeoutMs: opts.feishuTimeoutMs,
  });
  // People given by mobile / e-mail get their open_id from Feishu once, cached in DATA_DIR.
  const idCache = createFileIdCache(join(env.dataDir, 'feishu-ids.json'));
  const holder = createConfigHolder(await resolveConfig(config, feishu, idCache, log), async () =>
    resolveConfig(loadConfig(env.configDir), feishu, idCache, log),
  );
  if (opts.demoData) {
    const seeded = emulator
      ? await seedDemoData(store, holder.current().directory.asOf(shanghaiDate(now())), now())
      : { seeded: false as const, reason: '--demo-data 只用于本地演示模式（未设置 FEISHU_APP_ID 时）' };
    log(seeded.seeded ? `已载入演示数据：${seeded.records} 条记录` : seeded.reason);
  }
  const ledger = createLedgerIndex(store);
  const reminders = createReminderRuntime(() => holder.current().reminders);
  const bot_ = await resolveBotIdentity({ feishu, cacheFile: join(env.dataDir, 'feishu-bot.json'), log }).catch(async (error: unknown) => {
    // On the long connection, credentials the gateway refuses are best told as its refusal (Chinese and English, naming
    // the variable to fix): dial once without taking events, which throws LongConnectionError when refused.
    if (env.eventMode === 'ws') {
      const probe = createLongConnection({
        appId: feishuEnv.appId,
        appSecret: feishuEnv.appSecret,
        domain: feishuEnv.domain,
        receive: () => Promise.reject(new Error('not started yet: Feishu pushes this again')),
        log: () => {},
        startTimeoutMs: 5_000,
      });
      try {
        await probe.start();
      } finally {
        probe.close();
      }
    }
    throw error;
  });
  // One limiter for the outbox and the replies: Feishu counts them together.
  const sendLimiter = createSendLimiter({ ...FEISHU_LIMITS, ...opts.sendLimits }, () => performance.now());
  const outbox = createOutbox({ store, feishu, now, log, limiter: sendLimiter });
  const botFeishu = { ...feishu, ...createLimitedSender({ feishu, limiter: sendLimiter, log }) };
  const bot = createBot(
    withLiveConfig(
      {
        store, ledger, feishu: botFeishu, now, log, botOpenId: bot_.openId, reminders, outbox, retainReportText: env.retainReportText,
        readDirectory: () => readFeishuDirectory({ appId: feishuEnv.appId, appSecret: feishuEnv.appSecret, domain: feishuEnv.domain }),
      },
      holder,
    ),
  );
  const scheduler = createScheduler({
    reminders,
    // Getters, not values: a 重新加载配置 reaches the next run.
    get directory() {
      // The organisation as of today: a dated change (from: …) takes effect on its day without a reload.
      return holder.current().directory.asOf(shanghaiDate(now()));
    },
    get duties() {
      return holder.current().duties;
    },
    store,
    outbox,
    ledger,
    log,
    now,
  });
  holder.onChange((c) => {
    scheduler.reschedule();
    // The demo's Feishu learns people added to the directory, as a real tenant would know them.
    if (emulator) {
      const tenant = demoTenant(c.directory.source, shanghaiDate(now()));
      for (const d of tenant.departments) emulator.addDepartment(d);
      for (const u of tenant.users) emulator.addUser(u);
    }
  });
  const inbox = createInbox({
    journal,
    now,
    log,
    // A recall names its chat at the top of the event: it waits behind the message it recalls.
    keyOf: (payload) => {
      const e = payload.event as { message?: { chat_id?: string }; chat_id?: string } | undefined;
      return String(e?.message?.chat_id ?? e?.chat_id ?? 'other');
    },
    // A write that failed was rolled back: the event stays not-done and is tried again.
    isTransient: isWriteFailure,
    retryAfterMs: opts.retryAfterMs,
    async process(payload) {
      const parsed = parseEvent(payload);
      if (parsed.ok && 'update' in parsed) await bot.handle(parsed.update);
    },
  });
  const mode = env.eventMode ?? 'webhook';
  // Long-connection mode needs no token; without one the webhook stays shut, as no delivery can carry this random one.
  const secrets = { verificationToken: feishuEnv.verificationToken || randomBytes(32).toString('hex'), encryptKey: feishuEnv.encryptKey };
  const connection =
    mode === 'ws'
      ? createLongConnection({
          appId: feishuEnv.appId,
          appSecret: feishuEnv.appSecret,
          domain: feishuEnv.domain,
          receive: createConnectionReceiver({ inbox, log, encryptKey: feishuEnv.encryptKey, onCardAction: (u) => bot.handleCardAction(u) }),
          log,
        })
      : undefined;
  // {"connection":{"ok":false,…}} makes /healthz answer 503 while the long connection is down.
  const health = () => ({
    mode,
    ...(connection ? { connection: { ok: connection.state() === 'connected', state: connection.state() } } : {}),
    store: store.health(),
  });
  const app = createServer({ secrets, inbox, now, log, onCardAction: (u) => bot.handleCardAction(u), health });
  const server = await listen(app, env.port, env.host);
  // Built in the first turn after listening (~200 ms at 100,000 records): /healthz answers sooner, and the first
  // question after a start still finds it built (a question the recovered journal answers earlier builds it itself).
  setImmediate(() => {
    try {
      store.read((db) => void ledger.index(db));
    } catch (error) {
      // Only if stopped at once; the first question builds it otherwise.
      log(`ledger index not built ahead: ${String((error as Error)?.message ?? error)}`);
    }
  });
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  if (!connection) emulator?.setWebhook(`${url}/feishu/events`, secrets);
  try {
    await connection?.start();
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await journal.close();
    await emulator?.close();
    throw error;
  }

  const recovered = inbox.recover();
  if (recovered > 0) log(`resuming ${recovered} event(s) accepted before the last stop`);
  outbox.start();
  // Its first run happens now: the catch-up of anything missed while the bot was down.
  if (opts.scheduler !== false) scheduler.start();

  return {
    url,
    store,
    inbox,
    bot,
    outbox,
    scheduler,
    config: holder,
    emulator,
    connection,
    drain: () => inbox.drain(),
    async stop() {
      // Stop taking events first: Feishu keeps what it could not push and pushes it to the next connection.
      connection?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.stop();
      inbox.close();
      await inbox.drain();
      await outbox.stop();
      await journal.close();
      await store.close();
      await emulator?.close();
      await lock.release();
    },
  };
}

function demoInstructions(running: RunningBot, env: Env): string {
  return [
    '',
    '清风已在本地演示模式下运行（未设置 FEISHU_APP_ID，使用内置的飞书模拟器）。',
    running.connection ? `  机器人:     长连接（FEISHU_EVENT_MODE=ws），健康检查 ${running.url}/healthz` : `  机器人:     ${running.url}/feishu/events`,
    `  体验台:     ${running.emulator?.url}/   ← 在浏览器里打开，以任一演示成员的身份和清风聊天`,
    `  飞书模拟器: ${running.emulator?.url}`,
    `  数据文件:   ${join(env.dataDir, 'db.json')}`,
    '',
    '在另一个终端里以演示成员的身份和机器人说话，回复会打印在那里，也会出现在本窗口：',
    '  npm run say -- 李明 "今天和王建国副理事长进行了廉政谈话"',
    '  npm run say -- 张伟 "本季度完成情况"',
    '  npm run say -- 王建国 帮助',
    '  npm run say -- --group 李明 "@清风 昨天组织观看警示教育片《贪毁人生》，参加23人"',
    '  npm run say -- 王建国 我的任务',
    '  npm run say -- 黄志刚 提醒预览',
    '  npm run say -- 张伟 导出台账',
    '演示成员见 config/organization.yaml。按 Ctrl+C 退出。',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let env: Env;
  let running: RunningBot;
  try {
    env = loadEnv(process.env);
    running = await startBot({ env, demoData: process.argv.includes('--demo-data') });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (error instanceof ConfigError || error instanceof LongConnectionError || code?.startsWith('DATA_') || code === 'FEISHU_BOT_INFO') {
      console.error(`清风 cannot start: ${(error as Error).message}`);
    } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`清风 cannot start: ${(error as Error).message}; set PORT (and EMULATOR_PORT in demo mode) to a free port`);
    } else {
      console.error('清风 cannot start:', error);
    }
    process.exit(1);
  }
  const how = running.connection ? 'GET /healthz; events over the long connection' : 'POST /feishu/events, POST /feishu/card';
  console.log(running.emulator ? demoInstructions(running, env) : `清风 listening on ${running.url} (${how})`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing accepted work…`);
    await running.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
