// Starts the bot on a worker_thread and speaks to it as a BotPort: the acknowledging thread never runs the bot's work.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardActionResponse } from '../bot/botUpdate.js';
import type { BotPort } from '../composeBot.js';
import type { Env } from '../config/env.js';
import type { Organization } from '../domain/organization.js';
import type { StoreHealth } from '../store/openStore.js';
import { spawnWithSemiSpace } from './botSemiSpace.js';
import type { BotThreadData, FromBotThread, ThreadError, ToBotThread } from './botThreadMessages.js';

export interface BotThreadOptions {
  /** Where the bot thread's log lines go (in order with this thread's). */
  log: (line: string) => void;
  /** A 重新加载配置 changed the directory (the demo's emulator learns it). */
  onDirectory?: (org: Organization) => void;
  /** The bot thread died (an uncaught error, or it exited) after it started. Pending work is neither finished nor failed. */
  onCrash: (error: unknown) => void;
  /** The bot thread's largest semi-space (MiB; see botSemiSpace.ts), or the process's own when not given. */
  semiSpaceMib?: number;
}

/** A bot thread loading its modules, not yet told to start. */
export interface BotThread {
  /**
   * Starts the bot (store, config, Feishu identity; the caller holds the DATA_DIR lock) and resolves once it is ready,
   * as a BotPort. Rejects with a BotThreadError carrying what the bot's start threw (ConfigError's message, DATA_… codes …).
   */
  start(data: BotThreadData): Promise<BotPort>;
  /** Ends the thread without starting it (the start was refused before it). */
  cancel(): Promise<void>;
}

/** An error thrown on the bot thread, as this thread sees it: message, code and stack of the original. */
export class BotThreadError extends Error {
  readonly code?: string;
  /** An operator's mistake at start (see src/startRefusal.ts): print the message alone. */
  readonly refusal: boolean;
  /** The event stays not-done and is tried again (a store write failed and was rolled back). */
  readonly transient: boolean;
  constructor(e: ThreadError) {
    super(e.message);
    this.name = e.name;
    this.code = e.code;
    this.refusal = e.refusal;
    this.transient = e.transient === true;
    if (e.stack) this.stack = e.stack;
  }
}

/**
 * The worker's entry: dist/thread/botThread.js next to this file when built; under tsx (the tests' `node --import tsx
 * src/main.ts`), botThread.ts through a one-line module that registers tsx in the worker first, since Node 20 does not
 * carry a parent's module hooks into a worker (nor run its preloads in an eval worker: they are imported there too).
 */
function spawnWorker(): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./botThread${ext}`, import.meta.url);
  if (ext === '.js') return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  // An eval worker runs none of the process's `--import` preloads (a file worker runs them all): run the others here too.
  const preloads: string[] = [];
  process.execArgv.forEach((arg, i) => {
    const spec = arg === '--import' ? process.execArgv[i + 1] : arg.startsWith('--import=') ? arg.slice('--import='.length) : undefined;
    if (spec && spec !== 'tsx') preloads.push(spec);
  });
  const chain = [...preloads, entry.href].map((spec) => `.then(() => import(${JSON.stringify(spec)}))`).join('');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => m.register())${chain}`;
  return new Worker(boot, { eval: true });
}

/**
 * Spawns the bot thread at once, so that it loads the bot's modules while this thread takes the DATA_DIR lock, opens
 * the journal and (demo) starts the emulator; `start` then opens the store.
 */
export function spawnBotThread(opts: BotThreadOptions): BotThread {
  const worker = opts.semiSpaceMib === undefined ? spawnWorker() : spawnWithSemiSpace(spawnWorker, opts.semiSpaceMib);
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let health: StoreHealth = { ok: true };
  let closing = false;
  let started = false;
  let starting: { resolve: (port: BotPort) => void; reject: (error: unknown) => void } | undefined;
  let diedEarly: unknown;

  const ask = <T>(message: ToBotThread & { id: number }): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage(message);
    });
  const settle = (id: number, error: ThreadError | undefined, value?: unknown) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(new BotThreadError(error));
    else p.resolve(value);
  };
  const port: BotPort = {
    process: (body, eventId, replay) => {
      const event = { t: 'event' as const, id: nextId++, eventId, ...(replay === true ? { replay: true as const } : {}) };
      return ask<void>(body.json === undefined ? { ...event, payload: body.payload } : { ...event, json: body.json });
    },
    cardAction: (update) => ask<CardActionResponse>({ t: 'card', id: nextId++, update }),
    isTransient: (error) => error instanceof BotThreadError && error.transient,
    storeHealth: () => health,
    // The bot thread builds its index as soon as it is ready.
    indexAhead: () => {},
    run: () => worker.postMessage({ t: 'run' } satisfies ToBotThread),
    stopScheduler: () => ask<void>({ t: 'stopScheduler', id: nextId++ }),
    async close() {
      closing = true;
      try {
        await ask<void>({ t: 'close', id: nextId++ });
      } finally {
        // Its sockets to Feishu (keep-alive) would keep it alive: everything it owns is closed (or failed to), so end it.
        await worker.terminate();
      }
    },
  };
  worker.on('message', (m: FromBotThread) => {
    switch (m.t) {
      case 'ready':
        started = true;
        health = m.store;
        starting?.resolve(port);
        return;
      case 'failed':
        closing = true;
        void worker.terminate().then(() => starting?.reject(new BotThreadError(m.error)));
        return;
      case 'log':
        opts.log(m.line);
        return;
      case 'health':
        health = m.store;
        return;
      case 'directory':
        opts.onDirectory?.(m.org);
        return;
      case 'done':
        health = m.store;
        settle(m.id, m.error);
        return;
      case 'card':
        health = m.store;
        settle(m.id, m.error, m.answer);
        return;
      case 'ack':
        settle(m.id, m.error);
        return;
    }
  });
  const died = (error: unknown) => {
    if (closing) return;
    closing = true;
    if (started) opts.onCrash(error);
    else if (starting) starting.reject(error);
    else diedEarly = error;
  };
  worker.on('error', died);
  worker.on('exit', (code) => died(new Error(`the bot thread exited with code ${code}`)));
  return {
    start(data) {
      return new Promise<BotPort>((resolve, reject) => {
        if (diedEarly !== undefined) return reject(diedEarly);
        starting = { resolve, reject };
        worker.postMessage({ t: 'start', data } satisfies ToBotThread);
      });
    },
    async cancel() {
      closing = true;
      await worker.terminate();
    },
  };
}
