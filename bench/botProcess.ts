// Child process for the benchmarks: the real bot as production runs it (FEISHU_* from the parent, pointing at the emulator child), on loopback, with a temp data dir.
import { startBot } from '../src/main.js';
import { loadEnv } from '../src/config/env.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { messageTrace, type TraceStep } from '../src/trace/messageTrace.js';

// Each message's steps through the bot (see messageTrace.ts) and the event loop's delay, for the scale bench's breakdown.
const steps = new Map<string, Partial<Record<TraceStep['step'], number>>>();
messageTrace.subscribe((m) => {
  const { id, step, at } = m as TraceStep;
  let s = steps.get(id);
  if (!s) steps.set(id, (s = {}));
  // First occurrence of each step: a retried send keeps its first slot.
  s[step] ??= at;
});
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

const env = { ...loadEnv(process.env), port: 0, host: '127.0.0.1' };
const running = await startBot({ env, log: () => {} });
process.send!({ ready: true, url: running.url, trace: true });
process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'stats') {
    void running.drain().then(() => {
      const events = running.inbox.stats();
      process.send!({
        rss: process.memoryUsage().rss,
        heapUsed: process.memoryUsage().heapUsed,
        events: events.known,
        done: events.done,
        failed: events.failed,
      });
    });
  }
  if (msg.cmd === 'trace') {
    process.send!({
      steps: [...steps],
      loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    });
  }
  if (msg.cmd === 'resetLoop') loopDelay.reset();
  if (msg.cmd === 'stop') void running.stop().then(() => process.exit(0));
});
