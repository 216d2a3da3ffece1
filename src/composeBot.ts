// The bot half of the composition: config, store, Feishu client, bot, outbox, scheduler. Runs in-process (startBot) or on the bot thread (src/thread/botThread.ts).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CardActionResponse, CardActionUpdate } from './bot/botUpdate.js';
import { createBot, type Bot } from './bot/createBot.js';
import { runWarmUp, warmUpSteps } from './bot/warmUp.js';
import { withLiveConfig } from './bot/withLiveConfig.js';
import { createConfigHolder, type ConfigHolder } from './config/configHolder.js';
import type { Env } from './config/env.js';
import { createFileIdCache } from './config/idCache.js';
import { loadConfig, type AppConfig } from './config/loadConfig.js';
import { acceptedConfigFile } from './config/acceptedConfig.js';
import { affectedPeriods } from './config/assignmentChanges.js';
import { pastRewrite, pastRewriteAtStart } from './config/pastRewrite.js';
import type { ParsedAhead } from './config/parsedYaml.js';
import { resolveConfig } from './config/resolveDirectory.js';
import { seedDemoData } from './demo/seedDemoData.js';
import { createReminderRuntime } from './domain/reminders/runtime.js';
import { shanghaiDate } from './domain/shanghai.js';
import { createFeishuClient } from './feishu/createFeishuClient.js';
import { readFeishuDirectory } from './feishu/readFeishuDirectory.js';
import { resolveBotIdentity } from './feishu/resolveBotIdentity.js';
import { createSpillJournal } from './outbox/createSpillJournal.js';
import { createLimitedSender } from './outbox/createLimitedSender.js';
import { createOutbox } from './outbox/createOutbox.js';
import type { OutboxStats } from './outbox/outboxDeps.js';
import type { Outbox } from './outbox/outboxTypes.js';
import { FEISHU_LIMITS, createSendLimiter, type SendLimits } from './outbox/createSendLimiter.js';
import { createScheduler, type Scheduler } from './scheduler/createScheduler.js';
import { startDialogSweep, type DialogSweep } from './bot/sweepExpiredDialogs.js';
import { createLedgerIndex } from './store/createLedgerIndex.js';
import { isWriteFailure, openStore, type Store, type StoreHealth } from './store/openStore.js';
import { parseEvent } from './transport/parseEvent.js';
import { payloadOf, type EventBody } from './transport/eventBody.js';

export interface BotCoreOptions {
  env: Env;
  /** Feishu's app credentials and domain: the operator's (env.feishu), or the demo app on the local emulator. */
  feishu: NonNullable<Env['feishu']>;
  /** Demo mode: the emulator runs beside the bot (only then may `demoData` seed records). */
  demo: boolean;
  /** Defaults to loading env.configDir. */
  config?: AppConfig;
  /** Config files parsed ahead on another thread, for loading env.configDir (see readYamlConfig). */
  configAhead?: ParsedAhead;
  now: () => Date;
  log: (line: string) => void;
  /** Called after a 重新加载配置 swapped the configuration (the demo's emulator learns new people). */
  onConfigChange?: (config: AppConfig) => void;
  feishuTimeoutMs?: number;
  sendLimits?: Partial<SendLimits>;
  demoData?: boolean;
  /**
   * `--accept-past-changes`: start even though the config differs from the one last accepted (DATA_DIR/accepted-config.json)
   * in periods that are over; the periods rewritten are logged. Without it such a start is refused (CONFIG_REWRITES_PAST).
   */
  acceptPastChanges?: boolean;
  /** Time between sweeps of expired dialogs (default DIALOG_SWEEP_MS, a minute); tests shorten it. */
  /** See StartOptions.warmUp (default true): false skips the rehearsals, not the index build. */
  warmUp?: boolean;
  dialogSweepMs?: number;
}

/**
 * What the acknowledging side (src/main.ts's server, inbox and long connection) needs from the bot, wherever it runs:
 * in-process (composeBot) or on the bot thread (src/thread/startBotThread.ts).
 */
export interface BotPort {
  /**
   * Processes one accepted event (the inbox's `process`); rejects when it failed. A body with `json` (the payload's JSON
   * text as delivered) is sent across to the bot thread as that string instead of the payload object (a string is
   * copied, an object is structured-cloned field by field on the acknowledging thread: 2 vs 7 µs a message).
   * `replay` (default false): the event may have been processed before (InboxDeps.process); a message's replies then
   * never newly spill into 发送消息 (MessageUpdate.replay).
   */
  process(body: EventBody, eventId: string, replay?: boolean): Promise<void>;
  /** Answers a card callback (toast, card). */
  cardAction(update: CardActionUpdate): Promise<CardActionResponse>;
  /** A failure after which the event stays not-done (nothing was recorded; tried again later). */
  isTransient(error: unknown): boolean;
  /** The store's last write, for /healthz. */
  storeHealth(): StoreHealth;
  /**
   * Builds the ledger index in a later turn (a question finds it built), then warms the first messages' paths, then, in
   * a turn of its own, calls `afterWarmUp` (the bot thread: a full collection of what the warm-up left). With `busy`
   * (the bot thread: members' events in hand or just seen), each step after the index build waits until it says
   * false: a rehearsal only pays ahead a cost the first message of its kind would pay, and at 200,000 records the
   * rehearsals (2 s of CPU) and the collection (~1 s) ran while a load that began after ready waited behind them.
   */
  indexAhead(afterWarmUp?: () => void, busy?: () => boolean): void;
  /** Starts the outbox and the scheduler (its first run catches up on what was missed). */
  run(): void;
  /** Stops the scheduler: no new job starts. */
  stopScheduler(): Promise<void>;
  /** Stops the outbox and closes the store (after the inbox drained). */
  close(): Promise<void>;
}

export interface BotCore extends BotPort {
  store: Store;
  bot: Bot;
  outbox: Outbox & { stats(): OutboxStats };
  scheduler: Scheduler;
  /** The configuration in force (重新加载配置 swaps it). */
  config: ConfigHolder;
}

/**
 * Opens the store (`DATA_DIR/db.json` and its ledger; the caller holds the DATA_DIR lock) and builds the bot around it.
 * Throws what startBot throws at start: ConfigError, StoreError (DATA_…), FEISHU_BOT_INFO, LongConnectionError.
 * Nothing runs on its own until `run()`.
 */
export async function composeBot(opts: BotCoreOptions & { scheduler?: boolean }): Promise<BotCore> {
  const { env, now, log, feishu: feishuEnv } = opts;
  const config = opts.config ?? loadConfig(env.configDir, opts.configAhead);
  const store = await openStore(join(env.dataDir, 'db.json'), { log, now, migrateOnThread: true });
  const feishu = createFeishuClient({
    appId: feishuEnv.appId,
    appSecret: feishuEnv.appSecret,
    domain: feishuEnv.domain,
    logger: { warn: (m) => log(m) },
    timeoutMs: opts.feishuTimeoutMs,
  });
  try {
    // A restart refuses what 重新加载配置 refuses: the config is compared with the one last accepted, not with nothing.
    const accepted = acceptedConfigFile(join(env.dataDir, 'accepted-config.json'));
    const previous = await accepted.load();
    // The usual start changes nothing: one string comparison instead of two years of duty periods (~0.1 s at 1,000 people).
    const refused = previous && !accepted.holds(config) && pastRewrite(previous, config, affectedPeriods(previous, config, now()));
    if (refused && !opts.acceptPastChanges) throw pastRewriteAtStart(refused);
    if (refused) log(`--accept-past-changes: closed periods recounted with the new config: ${refused.periods.map((p) => `${p.label} (${p.people.join('、')})`).join('; ')}`);
    // People given by mobile / e-mail get their open_id from Feishu once, cached in DATA_DIR.
    const idCache = createFileIdCache(join(env.dataDir, 'feishu-ids.json'));
    const holder = createConfigHolder(await resolveConfig(config, feishu, idCache, log), async () =>
      resolveConfig(loadConfig(env.configDir), feishu, idCache, log),
    );
    if (opts.demoData) {
      const seeded = opts.demo
        ? await seedDemoData(store, holder.current().directory.asOf(shanghaiDate(now())), now())
        : { seeded: false as const, reason: '--demo-data 只用于本地演示模式（未设置 FEISHU_APP_ID 时）' };
      log(seeded.seeded ? `已载入演示数据：${seeded.records} 条记录` : seeded.reason);
    }
    const ledger = createLedgerIndex(store);
    const reminders = createReminderRuntime(() => holder.current().reminders);
    const botIdentity = await resolveBotIdentity({ feishu, cacheFile: join(env.dataDir, 'feishu-bot.json'), log }).catch(async (error: unknown) => {
      // On the long connection, credentials the gateway refuses are best told as its refusal (Chinese and English, naming
      // the variable to fix): dial once without taking events, which throws LongConnectionError when refused.
      // Imported here, on this failure path only: it loads vendor/larkWs.cjs, which the bot thread has no other use for.
      if (env.eventMode === 'ws') {
        const { createLongConnection } = await import('./feishu/createLongConnection.js');
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
    // One limiter for the outbox and the replies: Feishu's app windows are per API (the outbox's sends and the replies
    // each have their own), the 5/s per receiver is shared.
    const sendLimiter = createSendLimiter({ ...FEISHU_LIMITS, ...opts.sendLimits }, () => performance.now());
    const outbox = createOutbox({ store, feishu, now, log, limiter: sendLimiter });
    // Spilled replies' uuids on disk, so a reply processed again after a crash keeps its API (Feishu de-duplicates per API).
    // Opened with the spill off too: a run with it on may have left spills whose replays must still go by 发送消息.
    const spilled = createSpillJournal(join(env.dataDir, 'replies-spilled.jsonl'), () => now().getTime());
    const botFeishu = { ...feishu, ...createLimitedSender({ feishu, limiter: sendLimiter, log, spill: env.replySpill !== false, spilled }) };
    const botDeps = withLiveConfig(
      {
        store, ledger, feishu: botFeishu, now, log, botOpenId: botIdentity.openId, reminders, outbox, retainReportText: env.retainReportText,
        readDirectory: () => readFeishuDirectory({ appId: feishuEnv.appId, appSecret: feishuEnv.appSecret, domain: feishuEnv.domain }),
      },
      holder,
    );
    const bot = createBot(botDeps);
    let sweep: DialogSweep | undefined;
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
    // As loaded (open_ids looked up on Feishu are not the organisation's): the next start's files compare equal to it.
    await accepted.save(config, now());
    holder.onChange((c) => {
      accepted.save(c, now()).catch((error: unknown) => log(`accepted-config.json not written (a restart compares with the config before this reload): ${String((error as Error)?.message ?? error)}`));
      scheduler.reschedule();
      opts.onConfigChange?.(c);
    });
    return {
      store,
      bot,
      outbox,
      scheduler,
      config: holder,
      async process(body, _eventId, replay) {
        const parsed = parseEvent(payloadOf(body));
        if (!parsed.ok || !('update' in parsed)) return;
        const { update } = parsed;
        await bot.handle(replay === true && update.kind === 'message' ? { ...update, replay: true } : update);
      },
      cardAction: (update) => bot.handleCardAction(update),
      isTransient: isWriteFailure,
      storeHealth: () => store.health(),
      indexAhead(afterWarmUp, busy) {
        // In the first turn after the caller goes on (~200 ms at 100,000 records): in-process, /healthz answers sooner,
        // and the first question after a start still finds it built (one the recovered journal answers earlier builds it).
        // Then the first report's and the first questions' one-time costs, a step per turn (see warmUp.ts): at 50,000
        // records they held the first second of messages after a start for up to a second (bench scale, CPU profile).
        const steps = [() => store.read((db) => void ledger.index(db)), ...(opts.warmUp === false ? [] : warmUpSteps(botDeps)), ...(afterWarmUp ? [afterWarmUp] : [])];
        // The index is built at once (the first question needs it whole, and building it then would hold that reply);
        // the rehearsals and the collection after it are the steps that give way.
        runWarmUp(steps, { atOnce: 1, busy, log });
      },
      run() {
        outbox.start();
        if (opts.scheduler !== false) scheduler.start();
        sweep ??= startDialogSweep({ store, now, log, everyMs: opts.dialogSweepMs });
      },
      stopScheduler: () => scheduler.stop(),
      async close() {
        await sweep?.stop();
        await outbox.stop();
        await store.close();
      },
    };
  } catch (error) {
    // Refused after the store opened (config, Feishu): let go of the ledger file before the caller gives up.
    await store.close().catch(() => {});
    throw error;
  }
}
