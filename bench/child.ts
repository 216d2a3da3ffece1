// Starts a benchmark child process (tsx) and talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';

export interface Child {
  url: string;
  emulatorUrl?: string;
  ask<T>(cmd: string): Promise<T>;
  stop(): Promise<void>;
}

export function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const proc: ChildProcess = fork(script, [], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    proc.once('error', reject);
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    proc.once('message', (ready: { url: string; emulatorUrl?: string }) => {
      proc.removeAllListeners('exit');
      resolve({
        url: ready.url,
        emulatorUrl: ready.emulatorUrl,
        ask: <T>(cmd: string) =>
          new Promise<T>((res) => {
            proc.once('message', (m) => res(m as T));
            proc.send({ cmd });
          }),
        stop: () =>
          new Promise<void>((res) => {
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
