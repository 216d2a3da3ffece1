// npm start before and after the production build: time to the first 200 from GET /healthz, and idle RSS of the process tree.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEnv, startFlags } from './productionBot.js';

export interface StartupFigures {
  command: string;
  runs: number;
  /** Median ms from spawn to the first 200 from /healthz. */
  healthzMs: number;
  /** Median resident memory (MiB) of the process and its children, after idleSeconds. */
  idleRssMiB: number;
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(argv: string[], port: number, idleSeconds: number, extraEnv: Record<string, string>): Promise<{ ms: number; rss: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-startup-'));
  const started = Date.now();
  const proc = spawn(argv[0]!, argv.slice(1), {
    env: { ...process.env, ...extraEnv, PORT: String(port), HOST: '127.0.0.1', EMULATOR_PORT: String(port + 1), DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  try {
    let ms = -1;
    while (Date.now() - started < 60_000) {
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
    return { ms, rss: kib / 1024 };
  } finally {
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Runs each command `runs` times in demo mode (the emulator in-process, as `npm start` without credentials). */
export async function startupBench(opts: { runs: number; idleSeconds: number; eventMode?: 'webhook' | 'ws' }): Promise<StartupFigures[]> {
  const commands: [string, string[], Record<string, string>][] = [
    ['tsx src/main.ts (npm start before)', [join('node_modules', '.bin', 'tsx'), 'src/main.ts'], {}],
    [`node ${startFlags('.').join(' ')} dist/main.js (npm start after npm run build)`, [process.execPath, ...startFlags('.'), 'dist/main.js'], startEnv('.')],
  ];
  const out: StartupFigures[] = [];
  for (const [name, argv, env] of commands) {
    const runs: { ms: number; rss: number }[] = [];
    for (let i = 0; i < opts.runs; i++) runs.push(await once(argv, 38_100 + i * 2, opts.idleSeconds, { ...env, FEISHU_EVENT_MODE: opts.eventMode ?? 'webhook' }));
    out.push({
      command: name,
      runs: opts.runs,
      healthzMs: median(runs.map((r) => r.ms)),
      idleRssMiB: Math.round(median(runs.map((r) => r.rss)) * 10) / 10,
    });
  }
  return out;
}
