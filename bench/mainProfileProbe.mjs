// Preloaded (node --import) into a bot by bench/saturationBench.ts: a CPU profile of the main thread and of the bot thread for exactly the load, started on SIGUSR1 and written on SIGUSR2 (the process then goes on; --cpu-prof writes only at a clean exit, which a stop after saturation rarely is).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }));
  // Garbage collections during the load, by kind (V8's: 1 minor, 2 major, 4 incremental marking, 8 weak callbacks):
  // count and ms, written beside the profile as gc-….json.
  const gc = {};
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = String(e.detail?.kind ?? e.kind);
      gc[kind] ??= { count: 0, ms: 0 };
      gc[kind].count += 1;
      gc[kind].ms += e.duration;
    }
  });
  const name = () => `${isMainThread ? 'main' : `thread${threadId}`}-${process.pid}`;
  // BENCH_HEAP_SAMPLING=1: also a sampling heap profile of what was allocated during the load, collected garbage included
  // (<name>.heapprofile beside the CPU profile): which code makes the garbage the collector's share is spent on.
  const heap = process.env.BENCH_HEAP_SAMPLING === '1';
  const start = () => {
    observer.observe({ entryTypes: ['gc'] });
    session.post('Profiler.start');
    if (heap) session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  };
  const stop = () => {
    observer.disconnect();
    writeFileSync(join(dir, `gc-${name()}.json`), JSON.stringify(gc));
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `${name()}.cpuprofile`), JSON.stringify(result.profile));
    });
    if (heap) {
      session.post('HeapProfiler.stopSampling', (error, result) => {
        if (!error) writeFileSync(join(dir, `${name()}.heapprofile`), JSON.stringify(result.profile));
      });
    }
  };
  // Signals reach the main thread only: it tells the other threads (the bot thread runs this preload too).
  const channel = new BroadcastChannel('bench-profile');
  channel.unref();
  if (isMainThread) {
    process.on('SIGUSR1', () => {
      channel.postMessage('start');
      start();
    });
    process.on('SIGUSR2', () => {
      channel.postMessage('stop');
      stop();
    });
  } else {
    channel.onmessage = (m) => (m.data === 'start' ? start() : stop());
  }
}
