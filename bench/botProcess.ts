// Child process for the benchmarks: the real bot as production runs it (FEISHU_* from the parent, pointing at the emulator child), on loopback, with a temp data dir.
import { startBot } from '../src/main.js';
import { loadEnv } from '../src/config/env.js';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { subscribe } from 'node:diagnostics_channel';
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
// Server-side acknowledgement time (request headers read → response finished), from node:http's own channels:
// beside the client's figure it tells time in the bot from time before the bot got to read the request.
const requestStarted = new WeakMap<object, number>();
const acks: number[] = [];
subscribe('http.server.request.start', (m) => void requestStarted.set((m as { request: object }).request, performance.now()));
subscribe('http.server.response.finish', (m) => {
  const started = requestStarted.get((m as { request: object }).request);
  if (started !== undefined) acks.push(performance.now() - started);
});
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

const env = { ...loadEnv(process.env), port: 0, host: '127.0.0.1' };
const running = await startBot({ env, log: () => {} });
process.send!({ ready: true, url: running.url, trace: true });

function quantiles(xs: number[]): { p50: number; p99: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}
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
      serverAckMs: quantiles(acks),
      loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    });
  }
  if (msg.cmd === 'resetLoop') {
    loopDelay.reset();
    acks.length = 0;
  }
  if (msg.cmd === 'stop') void running.stop().then(() => process.exit(0));
});
