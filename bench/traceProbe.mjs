// Preloaded (`node --import`) into the production bot by the scale bench: the message trace, server-side acknowledgement
// time, the event loop's delay and garbage-collection pauses, answered over IPC, so the load runs on `node dist/main.js`
// itself and not on a tsx copy. Node runs a preload in every thread: in a worker (a build that runs the bot on its own
// thread) it forwards the trace, and on request its thread's loop delay and collections, to the main thread's copy over
// a BroadcastChannel. Plain JavaScript on purpose: it must load without a TypeScript loader, beside any build under test.
import { subscribe } from 'node:diagnostics_channel';
import { PerformanceObserver, constants, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

const bus = new BroadcastChannel('qingfeng:traceProbe');
bus.unref();

// Garbage collections (perf_hooks 'gc' entries): each pause's length and kind, so a long loop delay can be told apart
// from the thread's own work.
const GC_KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
let gcs = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    // Forced: asked for by gc() (the bot thread's collection after its warm-up, its idle scavenge), not by V8's heuristics.
    const forced = ((e.detail?.flags ?? e.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0;
    gcs.push({ kind: GC_KINDS[e.detail?.kind ?? e.kind] ?? 'other', ms: e.duration, at: e.startTime + performance.timeOrigin, ...(forced ? { forced } : {}) });
  }
}).observe({ entryTypes: ['gc'] });
function gcSummary() {
  const by = {};
  for (const g of gcs) {
    const k = (by[g.kind] ??= { count: 0, totalMs: 0, maxMs: 0, over10ms: 0, forced: 0 });
    k.count += 1;
    if (g.forced) k.forced += 1;
    k.totalMs += g.ms;
    k.maxMs = Math.max(k.maxMs, g.ms);
    if (g.ms > 10) k.over10ms += 1;
  }
  for (const k of Object.values(by)) {
    k.totalMs = Math.round(k.totalMs);
    k.maxMs = Math.round(k.maxMs * 10) / 10;
  }
  return by;
}
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const loopSummary = () => ({ p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 });
function reset() {
  loopDelay.reset();
  gcs = [];
}

if (!isMainThread) {
  // A bot thread: its steps, as epoch-relative times (each thread has its own performance.timeOrigin), kept here and
  // sent with the report: a postMessage per step cost the bot thread ~6 % of its CPU at 50 events/s (CPU profile).
  let steps = [];
  subscribe('qingfeng:message', (m) => void steps.push({ ...m, at: m.at + performance.timeOrigin }));
  // A reply's HTTP call from node:http's own channels (axios, the SDK's client, uses them): `wrote` the request began,
  // `answered` its answer's headers were read by this thread's loop. Between the send slot and `sent`, they tell the
  // SDK's work, Feishu's (the emulator's) answer with this thread's delay in reading it, and the work after it apart.
  const replyOf = (request) => /\/im\/v1\/messages\/(om_[0-9A-Za-z_]+)\/reply/.exec(request?.path ?? '')?.[1];
  subscribe('http.client.request.start', ({ request }) => {
    const id = replyOf(request);
    if (id) steps.push({ id, step: 'wrote', at: performance.now() + performance.timeOrigin });
  });
  subscribe('http.client.response.finish', ({ request }) => {
    const id = replyOf(request);
    if (id) steps.push({ id, step: 'answered', at: performance.now() + performance.timeOrigin });
  });
  bus.onmessage = (e) => {
    if (e.data?.ask === 'report') {
      bus.postMessage({ report: { threadId, loopDelayMs: loopSummary(), gc: gcSummary(), ...(process.env.BENCH_TRACE_OUT ? { gcs } : {}) }, steps });
      steps = [];
    }
    if (e.data?.ask === 'reset') reset();
  };
} else {
  // Each message's steps (src/trace/messageTrace.ts publishes on this channel name); a build without it publishes nothing.
  const steps = new Map();
  const record = (m) => {
    let s = steps.get(m.id);
    if (!s) steps.set(m.id, (s = {}));
    // First occurrence of each step: a retried send keeps its first slot.
    s[m.step] ??= m.at;
  };
  subscribe('qingfeng:message', record);
  const reports = [];
  bus.onmessage = (e) => {
    for (const step of e.data?.steps ?? []) record({ ...step, at: step.at - performance.timeOrigin });
    if (e.data?.report) reports.push(e.data.report);
  };
  // Request headers read → response finished, from node:http's own channels.
  const requestStarted = new WeakMap();
  const acks = [];
  subscribe('http.server.request.start', (m) => void requestStarted.set(m.request, performance.now()));
  subscribe('http.server.response.finish', (m) => {
    const started = requestStarted.get(m.request);
    if (started !== undefined) acks.push(performance.now() - started);
  });

  function quantiles(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q) => Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 10) / 10;
    return { p50: at(0.5), p99: at(0.99), max: at(1) };
  }

  process.on('message', async (msg) => {
    if (msg?.cmd === 'trace') {
      // Other threads answer within a few ms when they have one; 300 ms is plenty on a loaded machine.
      reports.length = 0;
      bus.postMessage({ ask: 'report' });
      await new Promise((r) => setTimeout(r, 300));
      process.send({
        steps: [...steps],
        timeOrigin: performance.timeOrigin,
        serverAckMs: quantiles(acks),
        gc: gcSummary(),
        loopDelayMs: loopSummary(),
        // The bot's thread(s), when the bot runs off the main thread.
        threads: reports.map((r) => ({ ...r, loopDelayMs: Object.fromEntries(Object.entries(r.loopDelayMs).map(([k, v]) => [k, Math.round(v * 10) / 10])) })),
      });
    }
    if (msg?.cmd === 'resetLoop') {
      reset();
      acks.length = 0;
      bus.postMessage({ ask: 'reset' });
    }
  });
  // The IPC channel would keep the bot alive after its graceful stop: let SIGTERM end it as it ends an operator's.
  process.channel?.unref();
}
