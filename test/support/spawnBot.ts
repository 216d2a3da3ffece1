// The bot as a real process (npm start's production bundle, test/support/builtBot.ts), for the tests that stop or kill it:
// started, then ready once it says where it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import { builtBotEntry } from './builtBot.js';

export interface SpawnedBot {
  proc: ChildProcess;
  /** http://127.0.0.1:PORT, from the 「… listening on URL …」 line. */
  url: string;
}

/** Webhook mode's line, and the long connection's: `清风 listening on http://127.0.0.1:PORT (…)`. */
export const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * Spawns `node <this worker's build>/main.js` (builtBotEntry: src/main.ts bundled as `npm run build` bundles it; with
 * `entry: 'source'`, `node --import tsx src/main.ts`) with
 * `env` on top of this process's (PORT 0 and HOST 127.0.0.1 added, so it listens on loopback only) and resolves once
 * stdout matches `opts.ready` (default LISTENING; its first group is the URL). Rejects with everything the process
 * printed when it exits first or is not ready within `opts.timeoutMs` (default 30 s, counted from the spawn, not the
 * build); it is then killed with SIGKILL.
 */
export async function spawnBot(
  env: NodeJS.ProcessEnv,
  opts: {
    ready?: RegExp;
    timeoutMs?: number;
    /** More node flags before the entry (e.g. a preload). */
    nodeFlags?: string[];
    /** Arguments after the entry (e.g. --accept-past-changes). */
    args?: string[];
    /**
     * 'built' (default): the production bundle, as `npm start` runs it. 'source': `--import tsx src/main.ts`, as
     * `npm run start:dev` runs it (the bot thread then boots tsx in an eval worker: src/thread/startBotThread.ts).
     */
    entry?: 'built' | 'source';
  } = {},
): Promise<SpawnedBot> {
  const entry = opts.entry === 'source' ? ['--import', 'tsx', 'src/main.ts'] : [await builtBotEntry()];
  const proc = spawn(process.execPath, [...(opts.nodeFlags ?? []), ...entry, ...(opts.args ?? [])], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = opts.ready ?? LISTENING;
  return new Promise((resolve, reject) => {
    let out = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      proc.kill('SIGKILL');
      reject(new Error(`${why}: ${out}`));
    };
    const timer = setTimeout(() => fail(`bot did not start within ${opts.timeoutMs ?? 30_000} ms`), opts.timeoutMs ?? 30_000);
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = ready.exec(out);
      if (m && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ proc, url: m[1] ?? LISTENING.exec(out)?.[1] ?? '' });
      }
    });
    proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.once('exit', (code) => fail(`bot exited with ${code}`));
  });
}
