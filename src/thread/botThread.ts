// The bot thread's entry (a worker_thread started by startBotThread.ts): composeBot, driven by messages from the acknowledging thread.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { composeBot } from '../composeBot.js';
import { isStartRefusal } from '../startRefusal.js';
import { traceStep } from '../trace/messageTrace.js';
import type { BotThreadData, FromBotThread, ThreadError, ToBotThread } from './botThreadMessages.js';
import { BOT_THREAD_NICE } from './botThreadNice.js';
import { fullCollection } from './fullCollection.js';
import { idleScavenge } from './idleScavenge.js';
import { v8Gc } from './v8Gc.js';

/**
 * The bot's work yields the CPU to the acknowledging thread: on Linux a nice value belongs to a thread (setpriority(2),
 * "the nice value is a per-thread attribute" under NPTL), and libuv sets the calling thread's for pid 0. Raising one's
 * own nice value needs no privilege. Elsewhere it may apply to the whole process or fail; then nothing changes.
 */
if (process.platform === 'linux') {
  try {
    setPriority(0, BOT_THREAD_NICE);
  } catch {
    // Not allowed here (a container without the right): the threads share the CPU as equals.
  }
}

/** A warm-up step runs only after this long without a member's event. */
const QUIET_MS = 1000;

const port = parentPort!;
// The modules above are loaded while the acknowledging thread takes the DATA_DIR lock; the store opens after it.
const data = await new Promise<BotThreadData>((resolve) =>
  port.once('message', (m: ToBotThread) => {
    if (m.t === 'start') resolve(m.data);
  }),
);
const post = (message: FromBotThread) => port.postMessage(message);

function describe(error: unknown): ThreadError {
  const e = error as { name?: unknown; message?: unknown; code?: unknown; stack?: unknown } | null;
  return {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(error),
    code: typeof e?.code === 'string' ? e.code : undefined,
    stack: typeof e?.stack === 'string' ? e.stack : undefined,
    refusal: isStartRefusal(error),
  };
}

// Lines go through the acknowledging thread's log, in order with its own (and none lost when it exits).
const log = (line: string) => post({ t: 'log', line });

const bot = await composeBot({
  env: data.env,
  feishu: data.feishu,
  demo: data.demo,
  demoData: data.demoData,
  acceptPastChanges: data.acceptPastChanges,
  configAhead: new Map((data.parsedConfig ?? []).map((p) => [p.file, p])),
  now: () => new Date(),
  log,
  onConfigChange: (c) => post({ t: 'directory', org: c.directory.source }),
}).catch((error: unknown) => {
  post({ t: 'failed', error: describe(error) });
  // Never settles: the acknowledging thread terminates this thread once it has read why.
  return new Promise<never>(() => {});
});

// The store's health changes on writes outside any event too (outbox, scheduler): told when it changes.
let lastHealth = JSON.stringify(bot.storeHealth());
const healthTimer = setInterval(() => {
  const now = bot.storeHealth();
  const text = JSON.stringify(now);
  if (text !== lastHealth) {
    lastHealth = text;
    post({ t: 'health', store: now });
  }
}, 1000);
healthTimer.unref();

// Members' work in hand, and when the last arrived: the warm-up and the collection after it wait while members write.
let inHand = 0;
let lastArrival = -Infinity;
// After work, once idle a while, a scavenge that lets V8 give back the new space the work grew (see idleScavenge.ts).
const gc = v8Gc();
const idle = gc ? idleScavenge({ scavenge: () => gc({ type: 'minor' }), busy: () => inHand > 0 }) : undefined;
const arrived = (): (() => void) => {
  inHand += 1;
  lastArrival = performance.now();
  idle?.worked();
  return () => {
    inHand -= 1;
    idle?.worked();
  };
};

port.on('message', (message: ToBotThread) => {
  switch (message.t) {
    case 'event': {
      // The hop from the acknowledging thread, and this thread's own queue, end here (bench/scaleBench.ts's breakdown).
      traceStep(message.eventId, 'received');
      const done = arrived();
      // Text the acknowledging thread has parsed already (into the journal's record): it parses here too.
      const payload = 'json' in message ? (JSON.parse(message.json) as Record<string, unknown>) : message.payload;
      bot.process({ payload }, message.eventId, message.replay === true).finally(done).then(
        () => post({ t: 'done', id: message.id, store: bot.storeHealth() }),
        (error: unknown) => post({ t: 'done', id: message.id, error: { ...describe(error), transient: bot.isTransient(error) }, store: bot.storeHealth() }),
      );
      return;
    }
    case 'card':
      bot.cardAction(message.update).finally(arrived()).then(
        (answer) => post({ t: 'card', id: message.id, answer, store: bot.storeHealth() }),
        (error: unknown) => post({ t: 'card', id: message.id, error: describe(error), store: bot.storeHealth() }),
      );
      return;
    case 'run':
      bot.run();
      return;
    case 'stopScheduler':
      bot.stopScheduler().then(
        () => post({ t: 'ack', id: message.id }),
        (error: unknown) => post({ t: 'ack', id: message.id, error: describe(error) }),
      );
      return;
    case 'close':
      clearInterval(healthTimer);
      idle?.stop();
      bot.close().then(
        () => post({ t: 'ack', id: message.id }),
        (error: unknown) => post({ t: 'ack', id: message.id, error: describe(error) }),
      );
      return;
  }
});
post({ t: 'ready', store: bot.storeHealth() });
// After the warm-up, one full, compacting collection of this thread's heap, while no member waits (nice 10).
// Under npm start's `--heap-growing-percent=100` the old generation grows to twice what the last full collection left
// before the next, so the start's and the warm-up's garbage stayed and the first member's message paid the collection
// (its reply ~30–50 ms more CPU on the bot thread, the heap 43 → 36 MiB used after it; issue 14 r53 fkg). Collected here,
// idle RSS is lower and the first reply does not pay it. Where gc() cannot be had (another runtime), nothing is done.
// Each step after the index build waits for a moment without members' events (QUIET_MS since the last): a load that starts with the bot
// ready is served first, and the warm-up, which only pays ahead what its first messages would pay, comes after it.
bot.indexAhead(
  () => {
    fullCollection()?.();
    // The warm-up grew the new space; it is given back once the thread has been idle a while after it.
    idle?.worked();
  },
  () => inHand > 0 || performance.now() - lastArrival < QUIET_MS,
);
