// Preloaded (node --import) into a bot by bench/saturationBench.ts: a CPU profile of the main thread for exactly the load, started on SIGUSR1 and written on SIGUSR2 (the process then goes on; --cpu-prof writes only at a clean exit, which a stop after saturation rarely is).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const dir = process.env.BENCH_PROFILE_DIR;
if (isMainThread && dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }));
  process.on('SIGUSR1', () => session.post('Profiler.start'));
  process.on('SIGUSR2', () =>
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `main-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    }),
  );
}
