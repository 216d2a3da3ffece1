// Starts a benchmark child process (tsx) and talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Child {
  proc: ChildProcess;
  url: string;
  emulatorUrl?: string;
  /** ms from fork to the child's ready message. */
  readyMs: number;
  ask<T>(cmd: string): Promise<T>;
  /** Sends `stop`; SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** Forks `script` under tsx with `env`, from `opts.cwd` (default this directory, so a build under test resolves its own node_modules). */
export function startChild(script: string, env: Record<string, string>, opts: { cwd?: string; nodeFlags?: string[] } = {}): Promise<Child> {
  const t0 = performance.now();
  const proc: ChildProcess = fork(script, [], {
    cwd: opts.cwd,
    execArgv: ['--import', 'tsx', ...(opts.nodeFlags ?? []), ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    proc.once('error', reject);
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    proc.once('message', (ready: { url: string; emulatorUrl?: string }) => {
      proc.removeAllListeners('exit');
      resolve({
        proc,
        url: ready.url,
        emulatorUrl: ready.emulatorUrl,
        readyMs: Math.round(performance.now() - t0),
        ask: <T>(cmd: string) =>
          new Promise<T>((res) => {
            proc.once('message', (m) => res(m as T));
            proc.send({ cmd });
          }),
        stop: () =>
          new Promise<void>((res) => {
            if (proc.exitCode !== null) return res();
            const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
            proc.once('exit', () => {
              clearTimeout(kill);
              res();
            });
            proc.send({ cmd: 'stop' });
          }),
      });
    });
  });
}
