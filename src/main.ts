// The composition root: the acknowledging side (DATA_DIR lock, journal, inbox, HTTP server or long connection, the demo's emulator) and the bot (src/composeBot.ts), in-process or on its own thread.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { BotCore, BotPort } from './composeBot.js';
import type { SendLimits } from './outbox/createSendLimiter.js';
import type { Organization } from './domain/organization.js';
import { isStartRefusal } from './startRefusal.js';
import { loadEnv, type Env } from './config/env.js';
import type { AppConfig } from './config/loadConfig.js';
import type { Emulator } from './emulator/createEmulator.js';
import type { LongConnection } from './feishu/createLongConnection.js';
import { DEMO_APP } from './emulator/demoApp.js';
import { roleLabel } from './domain/roleLabel.js';
import { LongConnectionError } from './feishu/LongConnectionError.js';
import { APP_ID_PATTERN } from './feishu/appIdPattern.js';
import { openJournal } from './store/openJournal.js';
import { createConnectionReceiver } from './transport/createConnectionReceiver.js';
import { secureDataDir } from './store/secureDataDir.js';
import { lockDataDir } from './store/lockDataDir.js';
import { migrateOnThread } from './store/migrateOnThread.js';
import { createInbox, type Inbox } from './transport/createInbox.js';
import type { EventBody } from './transport/eventBody.js';
import { createRequestListener, type RequestListener } from './transport/createRequestListener.js';
import { shanghaiDate } from './domain/shanghai.js';
import { demoTenant } from './emulator/demoTenant.js';
import { BOT_SEMI_SPACE_MIB } from './thread/botSemiSpace.js';
import { spawnBotThread } from './thread/startBotThread.js';
import { parseConfigAhead } from './thread/parseConfigAhead.js';
import { demoInstructions } from './demo/demoInstructions.js';

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
  /** `--accept-past-changes`: see BotCoreOptions.acceptPastChanges. */
  acceptPastChanges?: boolean;
  /** See BotCoreOptions.dialogSweepMs. */
  dialogSweepMs?: number;
  /** See JournalOptions.idleCompactMs (default 1 s); a test that looks at the journal mid-way lengthens it. */
  journalIdleCompactMs?: number;
  /**
   * Rehearse a busy morning's messages after the start (default true; see src/bot/warmUp.ts). The in-process test bots
   * turn it off: each handles a few messages and stops, and the rehearsals were about half of every e2e test's start.
   */
  warmUp?: boolean;
}

/** What runs on the acknowledging side, wherever the bot runs. */
export interface RunningFront {
  /** Base URL of the bot's HTTP server. */
  url: string;
  inbox: Inbox;
  /** Present in demo mode (no FEISHU_APP_ID): the local Feishu the bot talks to. */
  emulator?: Emulator;
  /** Present with FEISHU_EVENT_MODE=ws: the long connection events arrive on. */
  connection?: LongConnection;
  /** Waits for every accepted event to be processed. */
  drain(): Promise<void>;
  /** Stops taking requests, finishes accepted work, flushes the store. */
  stop(): Promise<void>;
}

/** The whole bot in this thread (startBot): the tests reach into its parts. */
export interface RunningBot extends RunningFront, Pick<BotCore, 'store' | 'bot' | 'outbox' | 'scheduler' | 'config'> {}

function listen(listener: RequestListener, port: number, hostname: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createHttpServer(listener);
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(server));
  });
}

/** How the front reaches the bot: given Feishu's address (the demo's emulator when there is one) and a way to teach the emulator new people. */
type ConnectBot = (feishu: NonNullable<Env['feishu']>, demo: { teach(org: Organization): void } | undefined) => Promise<BotPort>;

/**
 * The acknowledging side: DATA_DIR (0700, locked), the event journal, the demo's emulator, then the bot (`connect`), the
 * inbox, the HTTP server and the long connection. Throws what the bot's start throws, after letting go of DATA_DIR.
 */
async function startFront(
  opts: { env: Env; now: () => Date; log: (line: string) => void; retryAfterMs?: number; journalIdleCompactMs?: number; demoConfig: () => Promise<AppConfig> },
  connect: ConnectBot,
): Promise<RunningFront> {
  const { env, now, log } = opts;
  // 0700, writable, or 「清风 cannot start: DATA_DIR … is not writable (EACCES)」.
  await secureDataDir(env.dataDir, log);
  // One bot per DATA_DIR, or 「清风 cannot start: … is in use by another 清风 (pid N)」.
  const lock = await lockDataDir(env.dataDir, log);
  const journal = await openJournal(join(env.dataDir, 'events.jsonl'), { now, log, durability: env.journalDurability, idleCompactMs: opts.journalIdleCompactMs });

  let emulator: Emulator | undefined;
  let feishuEnv = env.feishu;
  try {
    if (!feishuEnv) {
      const config = await opts.demoConfig();
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
  } catch (error) {
    await journal.close();
    await emulator?.close();
    await lock.release();
    throw error;
  }
  const demo = emulator;
  // The bot starts (config, store: at 50,000 records reading or migrating the ledger takes most of the start) while
  // this thread already accepts deliveries into the journal; they are processed, in order, once it is ready.
  const starting = connect(
    feishuEnv,
    demo && {
      // The demo's Feishu learns people added to the directory, as a real tenant would know them.
      teach(org) {
        const tenant = demoTenant(org, shanghaiDate(now()));
        for (const d of tenant.departments) demo.addDepartment(d);
        for (const u of tenant.users) demo.addUser(u);
      },
    },
  );
  let started: BotPort | undefined;
  starting.then((p) => void (started = p), () => {});
  // Work for a bot whose start failed never settles: the event stays not-done in the journal (the process is exiting)
  // and is processed at the next start; failing it would mark it done.
  const whenStarted = <T>(use: (p: BotPort) => Promise<T>): Promise<T> => (started ? use(started) : starting.then(use, () => new Promise<T>(() => {})));
  const bot = {
    process: (body: EventBody, eventId: string, replay: boolean) => whenStarted((p) => p.process(body, eventId, replay)),
    cardAction: (update: Parameters<BotPort['cardAction']>[0]) => whenStarted((p) => p.cardAction(update)),
    isTransient: (error: unknown) => started?.isTransient(error) ?? false,
    storeHealth: (): ReturnType<BotPort['storeHealth']> => started?.storeHealth() ?? { ok: true },
  };

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
    isTransient: (error) => bot.isTransient(error),
    retryAfterMs: opts.retryAfterMs,
    process: (body, eventId, replay) => bot.process(body, eventId, replay),
  });
  const mode = env.eventMode ?? 'webhook';
  const feishu = feishuEnv;
  // Long-connection mode needs no token; without one the webhook stays shut, as no delivery can carry this random one.
  const secrets = { verificationToken: feishu.verificationToken || randomBytes(32).toString('hex'), encryptKey: feishu.encryptKey };
  // Imported only in long-connection mode: it loads the Lark SDK (~33 MiB), which the webhook's side never needs.
  const connection =
    mode === 'ws'
      ? (await import('./feishu/createLongConnection.js')).createLongConnection({
          appId: feishu.appId,
          appSecret: feishu.appSecret,
          domain: feishu.domain,
          receive: createConnectionReceiver({ inbox, log, encryptKey: feishu.encryptKey, onCardAction: (u) => bot.cardAction(u) }),
          log,
        })
      : undefined;
  // {"connection":{"ok":false,…}} makes /healthz answer 503 while the long connection is down.
  // `bot.state` "starting": deliveries are accepted (journalled) but wait until the ledger is loaded; see README, Data.
  const health = () => ({
    mode,
    bot: { state: started ? 'ready' : 'starting' },
    ...(connection ? { connection: { ok: connection.state() === 'connected', state: connection.state() } } : {}),
    store: bot.storeHealth(),
  });
  const listener = createRequestListener({ secrets, inbox, now, log, onCardAction: (u) => bot.cardAction(u), health });
  // Before listening: journal.pending() holds only what the last run left unfinished, not what this one accepts.
  const recovered = inbox.recover();
  if (recovered > 0) log(`resuming ${recovered} event(s) accepted before the last stop`);
  let server: Server | undefined;
  let port: BotPort;
  // The long connection is dialled while the bot starts, as the webhook listens while it starts: pushed events are
  // journalled and wait for the bot like deliveries, and /healthz (200 once connected) no longer waits for the bot's
  // start and then the dial, one after the other (ws start to /healthz ~400 ms longer than the webhook's, r61).
  const connected = connection?.start();
  // Looked at below, after the listen: a refusal meanwhile is not an unhandled rejection.
  connected?.catch(() => {});
  try {
    server = await listen(listener, env.port, env.host);
    const at = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    if (!started && !connection) log(`清风 accepting events on ${at} while the bot starts (/healthz: bot.state "starting"); they are processed once it is ready`);
    // A refused connection ends the start without waiting for the bot (its start is then waited for below, and closed).
    [port] = await Promise.all([starting, connected]);
  } catch (error) {
    connection?.close();
    inbox.close();
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await starting.then((p) => p.close(), () => {});
    await journal.close();
    await emulator?.close();
    await lock.release();
    throw error;
  }
  port.indexAhead();
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  if (!connection) emulator?.setWebhook(`${url}/feishu/events`, secrets);

  // The outbox, and the scheduler's first run: the catch-up of anything missed while the bot was down.
  port.run();

  return {
    url,
    inbox,
    emulator,
    connection,
    drain: () => inbox.drain(),
    async stop() {
      // Stop taking events first: Feishu keeps what it could not push and pushes it to the next connection.
      connection?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await port.stopScheduler();
      inbox.close();
      await inbox.drain();
      await port.close();
      await journal.close();
      await emulator?.close();
      await lock.release();
    },
  };
}

/** The whole bot in this thread: what the tests and the benchmarks start, and reach into. */
export async function startBot(opts: StartOptions): Promise<RunningBot> {
  const { env } = opts;
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((line: string) => console.log(line));
  const config = opts.config ?? (await import('./config/loadConfig.js')).loadConfig(env.configDir);
  // Imported here: the acknowledging side of `npm start` (startBotThreaded) never loads the bot.
  const { composeBot } = await import('./composeBot.js');
  let core: BotCore | undefined;
  const front = await startFront({ env, now, log, retryAfterMs: opts.retryAfterMs, journalIdleCompactMs: opts.journalIdleCompactMs, demoConfig: async () => config }, async (feishu, demo) => {
    core = await composeBot({
      env, feishu, demo: demo !== undefined, config, now, log,
      onConfigChange: (c) => demo?.teach(c.directory.source),
      feishuTimeoutMs: opts.feishuTimeoutMs, sendLimits: opts.sendLimits, demoData: opts.demoData, scheduler: opts.scheduler,
      acceptPastChanges: opts.acceptPastChanges, dialogSweepMs: opts.dialogSweepMs, warmUp: opts.warmUp,
    });
    return core;
  });
  const c = core!;
  return { ...front, store: c.store, bot: c.bot, outbox: c.outbox, scheduler: c.scheduler, config: c.config };
}

/**
 * `npm start`: this thread only receives, verifies, journals and acknowledges events (and answers card callbacks with
 * what the bot thread answers); the bot runs on a worker thread (src/thread/botThread.ts), so no report, question or
 * garbage collection of the bot's heap delays an acknowledgement. `onCrash` is called if the bot thread dies (the
 * journal keeps what it had not finished; the caller exits so that a supervisor restarts the process).
 */
export async function startBotThreaded(opts: { env: Env; log: (line: string) => void; demoData?: boolean; acceptPastChanges?: boolean; onCrash: (error: unknown) => void }): Promise<RunningFront> {
  const { env, log } = opts;
  const now = () => new Date();
  const demoConfig = async () => (await import('./config/loadConfig.js')).loadConfig(env.configDir);
  let teach: ((org: Organization) => void) | undefined;
  // Spawned first: it loads the bot's modules while this thread takes the lock and opens the journal, and another thread
  // parses the config meanwhile (in demo mode this thread loads the config for the emulator anyway: no help needed).
  const thread = spawnBotThread({ log, onDirectory: (org) => teach?.(org), onCrash: opts.onCrash, semiSpaceMib: BOT_SEMI_SPACE_MIB });
  const parsedConfig = env.feishu ? parseConfigAhead(env.configDir) : Promise.resolve([]);
  try {
    return await startFront({ env, now, log, demoConfig }, (feishu, demo) => {
      teach = demo && ((org) => demo.teach(org));
      // The DATA_DIR lock is held now: a version 2 db.json is migrated (on a thread of its own) while the bot thread
      // is still loading its modules, instead of after; the bot's store then finds the version 3 files and reads them.
      const migrated = migrateOnThread(join(env.dataDir, 'db.json'), log);
      return Promise.all([parsedConfig, migrated]).then(([parsed]) =>
        thread.start({ env, feishu, demo: demo !== undefined, demoData: opts.demoData, acceptPastChanges: opts.acceptPastChanges, parsedConfig: parsed }),
      );
    });
  } catch (error) {
    await thread.cancel();
    throw error;
  }
}

async function main(): Promise<void> {
  let env: Env;
  let running: RunningFront;
  let starting: Promise<RunningFront | undefined> = Promise.resolve(undefined);
  let stopping = false;
  // Installed before the start: /healthz answers (and events are accepted) while the bot is still loading the ledger,
  // so a stop may come then too; it waits for the start to finish, then stops as always.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing accepted work…`);
    const r = await starting;
    // A start that failed has already said why and exits with 1.
    if (!r) return;
    await r.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  try {
    env = loadEnv(process.env);
    const start = startBotThreaded({
      env,
      demoData: process.argv.includes('--demo-data'),
      acceptPastChanges: process.argv.includes('--accept-past-changes'),
      log: (line) => console.log(line),
      onCrash: (error) => {
        // What it had accepted stays in the journal and is processed after the restart.
        console.error('清风: the bot thread stopped unexpectedly; exiting so that the supervisor restarts 清风:', error);
        process.exit(1);
      },
    });
    starting = start.catch(() => undefined);
    running = await start;
  } catch (error) {
    if (isStartRefusal(error)) {
      console.error(`清风 cannot start: ${(error as Error).message}`);
    } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`清风 cannot start: ${(error as Error).message}; set PORT (and EMULATOR_PORT in demo mode) to a free port`);
    } else {
      console.error('清风 cannot start:', error);
    }
    process.exit(1);
  }
  const how = running.connection ? 'GET /healthz; events over the long connection' : 'POST /feishu/events, POST /feishu/card';
  console.log(running.emulator
      ? demoInstructions({ botUrl: running.url, longConnection: running.connection !== undefined, emulatorUrl: running.emulator.url ?? `http://127.0.0.1:${env.emulatorPort}`, emulatorPort: env.emulatorPort, dataDir: env.dataDir, configDir: env.configDir })
      : `清风 listening on ${running.url} (${how})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
