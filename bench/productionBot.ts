// The bot as `npm start` runs it: `node dist/main.js` of a checkout, built first when stale, ready at its first 200 from /healthz.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/support/freePort.js';

export interface ProductionBot {
  proc: ChildProcess;
  url: string;
  /** ms from spawn to the first 200 from GET /healthz (a build that listens while the bot loads: accepting events). */
  readyMs: number;
  /** ms from spawn to /healthz saying the bot is ready (`bot.state` no longer "starting"; readyMs for a build without it). */
  botReadyMs: number;
  /** SIGTERM (the bot's graceful stop), SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** Builds `root`'s dist/ when it is missing or older than its sources (scripts/buildIfStale.mjs, as `npm start` does). */
export function buildProduction(root: string): void {
  const r = spawnSync(process.execPath, ['scripts/buildIfStale.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${root}: the production build failed (node scripts/buildIfStale.mjs exited with ${r.status})`);
}

/** package.json's scripts.start of `root`, split into its environment assignments and node flags; throws if it does not end with `[VAR=value …] [exec] node [flags] dist/main.js`. */
function startCommand(root: string): { env: Record<string, string>; flags: string[] } {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: { start?: string } }).scripts?.start ?? '';
  const m = /(?:^|&&)\s*((?:[A-Z_][A-Z0-9_]*=\S*\s+)*)(?:exec\s+)?node\s+((?:--?[\w-]+(?:=\S+)?\s+)*)dist\/main\.js\s*$/.exec(start);
  if (!m) throw new Error(`${root}/package.json: scripts.start (${JSON.stringify(start)}) does not end with [VAR=value …] node [flags] dist/main.js`);
  const env = Object.fromEntries(m[1]!.split(/\s+/).filter(Boolean).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  return { env, flags: m[2]!.split(/\s+/).filter(Boolean) };
}

/**
 * The node flags `npm start` of `root` gives dist/main.js (package.json scripts.start, e.g. `--max-semi-space-size=4`),
 * so a benchmark starts exactly what an operator starts. Throws if scripts.start does not run `node … dist/main.js`.
 */
export function startFlags(root: string): string[] {
  return startCommand(root).flags;
}

/** The environment `npm start` of `root` sets for node (e.g. MALLOC_ARENA_MAX=2), so a benchmark's process has it too. */
export function startEnv(root: string): Record<string, string> {
  return startCommand(root).env;
}

/**
 * Spawns `node [nodeFlags, default startFlags(root)] dist/main.js` in `root` with startEnv(root) and `env` (DATA_DIR, CONFIG_DIR, FEISHU_* …) on 127.0.0.1 and a free
 * PORT; resolves once /healthz answers 200. Throws if the process exits first or is not ready within `timeoutMs` (default
 * BENCH_READY_TIMEOUT_MS or 120 s: a first start migrating 100,000 records at load 25 took longer, r55 fhg).
 * Call buildProduction(root) first.
 */
export async function startProductionBot(
  root: string,
  env: Record<string, string>,
  opts: { nodeFlags?: string[]; timeoutMs?: number; /** An IPC channel to the process (for a preloaded probe, see traceProbe.mjs). */ ipc?: boolean } = {},
): Promise<ProductionBot> {
  const port = await freePort();
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...(opts.nodeFlags ?? startFlags(root)), join(root, 'dist', 'main.js')], {
    cwd: root,
    env: { ...process.env, ...startEnv(root), ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: opts.ipc ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      proc.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      proc.kill('SIGTERM');
    });
  const deadline = t0 + (opts.timeoutMs ?? readyTimeoutMs());
  while (performance.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`${root}/dist/main.js exited with ${proc.exitCode} before /healthz answered`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) {
      const readyMs = Math.round(performance.now() - t0);
      // Resolved once the bot is ready too, so that a load never lands on a start still loading the ledger.
      for (;;) {
        const body = (await fetch(`${url}/healthz`).then((r) => r.json(), () => ({}))) as { bot?: { state?: string } };
        if (body.bot?.state !== 'starting') return { proc, url, readyMs, botReadyMs: Math.round(performance.now() - t0), stop };
        if (proc.exitCode !== null || performance.now() > deadline) break;
        // Less often than the first poll: each answer is work for the thread whose start is being timed beside the bot's.
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await stop();
  throw new Error(`${root}/dist/main.js: no 200 from /healthz within ${opts.timeoutMs ?? readyTimeoutMs()} ms`);
}

/** The default wait for /healthz: BENCH_READY_TIMEOUT_MS, else 120 s. */
function readyTimeoutMs(): number {
  return Number(process.env.BENCH_READY_TIMEOUT_MS ?? 120_000);
}
