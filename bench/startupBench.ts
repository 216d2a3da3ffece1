// npm start before and after the production build: time to the first 200 from GET /healthz, and idle RSS of the process tree.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { freePort } from '../test/support/freePort.js';
import { join } from 'node:path';
import { startEnv, startFlags } from './productionBot.js';

export interface StartupFigures {
  command: string;
  runs: number;
  /** Median ms from spawn to the first 200 from /healthz. */
  healthzMs: number;
  /** Median resident memory (MiB) of the process and its children, after idleSeconds. */
  idleRssMiB: number;
  /** Each run's figures, in order (with BENCH_ROOT the rows' runs alternate: run i of every row, then run i + 1). */
  healthzMsAll: number[];
  idleRssMiBAll: number[];
  loadAverage: number[];
}

async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** The pid and every descendant (tsx runs the program in a child node process). */
async function tree(root: number): Promise<number[]> {
  const parents = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const walk = (pid: number): void => {
    out.push(pid);
    for (const c of parents.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** A port p with p + 1 also free (PORT and the demo's EMULATOR_PORT). */
async function freePairOfPorts(): Promise<number> {
  for (;;) {
    const p = await freePort();
    if (p < 65_535 && (await portFree(p + 1))) return p;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(argv: string[], port: number, idleSeconds: number, extraEnv: Record<string, string>, cwd: string): Promise<{ ms: number; rss: number; load: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-startup-'));
  const started = Date.now();
  // Fail rather than measure someone else's server: the ports are free ones (other benches may run beside this one).
  const proc = spawn(argv[0]!, argv.slice(1), {
    env: { ...process.env, ...extraEnv, PORT: String(port), HOST: '127.0.0.1', EMULATOR_PORT: String(port + 1), DATA_DIR: dataDir },
    cwd,
    stdio: 'ignore',
  });
  try {
    let ms = -1;
    while (Date.now() - started < 60_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`${argv.join(' ')}: exited (${proc.exitCode ?? proc.signalCode}) before /healthz answered`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) {
        ms = Date.now() - started;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    if (ms < 0) throw new Error(`${argv.join(' ')}: no /healthz within 60 s`);
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    let kib = 0;
    for (const pid of await tree(proc.pid!)) kib += await rssKiB(pid);
    return { ms, rss: kib / 1024, load: Math.round(loadavg()[0]! * 10) / 10 };
  } finally {
    // A child that already exited (its port taken by another process, say) emits no second 'exit'.
    if (proc.exitCode === null && proc.signalCode === null) {
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      });
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs each command `runs` times in demo mode (the emulator in-process, as `npm start` without credentials). `roots`
 * (default this checkout; BENCH_ROOT adds another, built) gives one production row each, their runs alternated (run i of
 * every row, then run i + 1), each root's npm start flags and its dist/; the tsx row is this checkout's alone
 * (BENCH_STARTUP_TSX=0 leaves it out).
 */
export async function startupBench(opts: { runs: number; idleSeconds: number; eventMode?: 'webhook' | 'ws'; roots?: string[]; tsx?: boolean }): Promise<StartupFigures[]> {
  const roots = opts.roots ?? ['.'];
  const commands: [string, string[], Record<string, string>, string][] = [
    ...(opts.tsx === false ? [] : [['tsx src/main.ts (npm start before)', [join('node_modules', '.bin', 'tsx'), 'src/main.ts'], {}, '.'] as [string, string[], Record<string, string>, string]]),
    ...roots.map(
      (root): [string, string[], Record<string, string>, string] => [
        `node ${startFlags(root).join(' ')} dist/main.js (npm start after npm run build)${roots.length > 1 ? ` in ${root}` : ''}`,
        [process.execPath, ...startFlags(root), 'dist/main.js'],
        startEnv(root),
        root,
      ],
    ),
  ];
  const runs: { ms: number; rss: number; load: number }[][] = commands.map(() => []);
  for (let i = 0; i < opts.runs; i++) {
    for (const [k, [, argv, env, cwd]] of commands.entries()) {
      runs[k]!.push(await once(argv, await freePairOfPorts(), opts.idleSeconds, { ...env, FEISHU_EVENT_MODE: opts.eventMode ?? 'webhook' }, cwd));
    }
  }
  return commands.map(([name], k) => ({
    command: name,
    runs: opts.runs,
    healthzMs: median(runs[k]!.map((r) => r.ms)),
    idleRssMiB: Math.round(median(runs[k]!.map((r) => r.rss)) * 10) / 10,
    healthzMsAll: runs[k]!.map((r) => r.ms),
    idleRssMiBAll: runs[k]!.map((r) => Math.round(r.rss * 10) / 10),
    loadAverage: runs[k]!.map((r) => r.load),
  }));
}
