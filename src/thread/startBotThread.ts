// Starts the bot on a worker_thread and speaks to it as a BotPort: the acknowledging thread never runs the bot's work.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardActionResponse } from '../bot/botUpdate.js';
import type { BotPort } from '../composeBot.js';
import type { Env } from '../config/env.js';
import type { Organization } from '../domain/organization.js';
import type { StoreHealth } from '../store/openStore.js';
import type { BotThreadData, FromBotThread, ThreadError, ToBotThread } from './botThreadMessages.js';

export interface BotThreadOptions {
  env: Env;
  feishu: NonNullable<Env['feishu']>;
  demo: boolean;
  demoData?: boolean;
  /** Where the bot thread's log lines go (in order with this thread's). */
  log: (line: string) => void;
  /** A 重新加载配置 changed the directory (the demo's emulator learns it). */
  onDirectory?: (org: Organization) => void;
  /** The bot thread died (an uncaught error, or it exited) while not being closed. Pending work is neither finished nor failed. */
  onCrash: (error: unknown) => void;
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
 * carry a parent's module hooks into a worker.
 */
function spawnWorker(data: BotThreadData): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./botThread${ext}`, import.meta.url);
  if (ext === '.js') return new Worker(entry, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

/**
 * Starts the bot thread and resolves once the bot is ready (store open, config and Feishu identity resolved), as a
 * BotPort. Rejects with a BotThreadError carrying what the bot's start threw (ConfigError's message, DATA_… codes …).
 */
export function startBotThread(opts: BotThreadOptions): Promise<BotPort> {
  const worker = spawnWorker({ env: opts.env, feishu: opts.feishu, demo: opts.demo, demoData: opts.demoData });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let health: StoreHealth = { ok: true };
  let closing = false;
  let started = false;

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

  return new Promise<BotPort>((resolveStart, rejectStart) => {
    const port: BotPort = {
      process: (payload, eventId) => ask<void>({ t: 'event', id: nextId++, eventId, payload }),
      cardAction: (update) => ask<CardActionResponse>({ t: 'card', id: nextId++, update }),
      isTransient: (error) => error instanceof BotThreadError && error.transient,
      storeHealth: () => health,
      // The bot thread builds its index as soon as it is ready.
      indexAhead: () => {},
      run: () => worker.postMessage({ t: 'run' } satisfies ToBotThread),
      stopScheduler: () => ask<void>({ t: 'stopScheduler', id: nextId++ }),
      async close() {
        closing = true;
        await ask<void>({ t: 'close', id: nextId++ });
        // Its sockets to Feishu (keep-alive) would keep it alive: everything it owns is closed, so end it.
        await worker.terminate();
      },
    };
    worker.on('message', (m: FromBotThread) => {
      switch (m.t) {
        case 'ready':
          started = true;
          health = m.store;
          resolveStart(port);
          return;
        case 'failed':
          closing = true;
          void worker.terminate().then(() => rejectStart(new BotThreadError(m.error)));
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
          settle(m.id, undefined);
          return;
      }
    });
    const died = (error: unknown) => {
      if (closing) return;
      closing = true;
      if (!started) rejectStart(error);
      else opts.onCrash(error);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the bot thread exited with code ${code}`)));
  });
}
