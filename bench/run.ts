// npm run bench: every benchmark, on 127.0.0.1 only, bounded in time; prints JSON figures for the issue notes.
import { ackPartsBench } from './ackPartsBench.js';
import { botEventBench } from './botEventBench.js';
import { broadcastBench } from './broadcastBench.js';
import { completionBench } from './completionBench.js';
import { completionPairBench } from './completionPairBench.js';
import { footprintBench } from './footprintBench.js';
import { journalBench } from './journalBench.js';
import { limiterAgainstFeishu, limiterBench, limiterBesideBroadcast } from './limiterBench.js';
import { overlayBench } from './overlayBench.js';
import { parsePairBench } from './parsePairBench.js';
import { parseBench } from './parseBench.js';
import { parseLongBench } from './parseLongBench.js';
import { saturationBench } from './saturationBench.js';
import { scaleBench } from './scaleBench.js';
import { sendPathBench } from './sendPathBench.js';
import { startupBench } from './startupBench.js';
import { webhookBench } from './webhookBench.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const only = process.argv[2];

const results: Record<string, unknown> = {};
if (!only || only === 'webhook') {
  results.webhook = await webhookBench({ seconds, connections: 10 });
  console.log(JSON.stringify({ webhook: results.webhook }, null, 2));
}
if (!only || only === 'journal') {
  results.journal = await journalBench({ seconds, connections: 10 });
  console.log(JSON.stringify({ journal: results.journal }, null, 2));
}
if (!only || only === 'completion') {
  results.completion = await completionBench({ runs: Number(process.env.BENCH_RUNS ?? 50), baselineRuns: 5 });
  console.log(JSON.stringify({ completion: results.completion }, null, 2));
}
if (!only || only === 'limiter') {
  // The send scheduler alone on a virtual clock: exact, whatever the machine's load (10 s, the scale run's length).
  results.limiter = limiterBench({ seconds: Number(process.env.BENCH_SECONDS ?? 10) });
  // The same against Feishu's own count (the emulator's rate limiter): what a looser count would cost in 429s.
  (results.limiter as Record<string, unknown>).againstFeishu = limiterAgainstFeishu({ seconds: Number(process.env.BENCH_SECONDS ?? 10) });
  // Replies while a broadcast drains: the app's windows shared by both APIs (before round 56) or per API (after).
  (results.limiter as Record<string, unknown>).besideBroadcast = limiterBesideBroadcast({ seconds: Number(process.env.BENCH_SECONDS ?? 10) });
  console.log(JSON.stringify({ limiter: results.limiter }, null, 2));
}
if (!only || only === 'broadcast') {
  // About 3 minutes: 5,000 sends at 50/s, then a real per-minute run (BENCH_BROADCAST_MINUTE=0 skips it).
  results.broadcast = await broadcastBench({
    people: Number(process.env.BENCH_BROADCAST_PEOPLE ?? 5000),
    minute: process.env.BENCH_BROADCAST_MINUTE !== '0',
  });
  console.log(JSON.stringify({ broadcast: results.broadcast }, null, 2));
}
if (!only || only === 'startup') {
  // npm start before (tsx) and after (dist/) the production build; needs `npm run build` first.
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  // BENCH_ROOT: that checkout's npm start too, alternated run by run (build both first); BENCH_STARTUP_TSX=0: no tsx row.
  const roots = ['.', ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])];
  const tsx = process.env.BENCH_STARTUP_TSX !== '0';
  results.startup = {
    webhook: await startupBench({ runs, idleSeconds: 5, roots, tsx }),
    ws: await startupBench({ runs, idleSeconds: 5, eventMode: 'ws', roots, tsx }),
  };
  console.log(JSON.stringify({ startup: results.startup }, null, 2));
}
if (!only || only === 'scale') {
  // BENCH_ROOT runs the same load against another checkout (the "before" of a change); BENCH_SIZES narrows the sizes.
  results.scale = await scaleBench({
    seconds,
    sizes: (process.env.BENCH_SIZES ?? '0,10000,50000,200000').split(',').map(Number),
    root: process.env.BENCH_ROOT,
    drainSeconds: Number(process.env.BENCH_DRAIN_SECONDS ?? 60),
  });
  console.log(JSON.stringify({ scale: results.scale }, null, 2));
}
if (only === 'saturation') {
  // Only when asked for: saturated acknowledgements of this checkout and BENCH_ROOT's, alternated in BENCH_RUNS rounds.
  results.saturation = await saturationBench({
    seconds: Number(process.env.BENCH_SATURATE_SECONDS ?? 5),
    records: Number(process.env.BENCH_RECORDS ?? 50000),
    rounds: Number(process.env.BENCH_RUNS ?? 3),
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])],
  });
  console.log(JSON.stringify({ saturation: results.saturation }, null, 2));
  // The spread alone, compact, last: what the rounds agree on and how far a same-vs-same run's sides differ.
  console.error(JSON.stringify({ spread: (results.saturation as { spread: unknown }).spread }));
}
if (only === 'completionpair') {
  // Only when asked for: the completion questions at 100,000 records (overview cards, the ledger index, a plain index), this
  // checkout's src/ and BENCH_ROOT's in one process, alternated per pass; wall p50/p99, CPU and (BENCH_COMPLETION_ALLOC=1) KB per query.
  results.completionpair = completionPairBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 6),
    queries: Number(process.env.BENCH_QUERIES ?? 20),
    alloc: process.env.BENCH_COMPLETION_ALLOC === '1',
    records: Number(process.env.BENCH_RECORDS ?? 100000),
  });
  console.log(JSON.stringify({ completionpair: results.completionpair }, null, 2));
}
if (only === 'botevent') {
  // Only when asked for: the bot thread's CPU ms per event by kind of message, unflooded, this checkout and BENCH_ROOT's alternated.
  results.botevent = await botEventBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 3),
    perKind: Number(process.env.BENCH_PER_KIND ?? 60),
    warmup: Number(process.env.BENCH_WARMUP ?? 120),
    records: Number(process.env.BENCH_RECORDS ?? 50000),
    gapMs: Number(process.env.BENCH_GAP_MS ?? 20),
  });
  console.log(JSON.stringify({ botevent: results.botevent }, null, 2));
}
if (only === 'sendpath') {
  // Only when asked for: the sending thread's CPU per reply inside the Lark SDK, axios vs node's http, alternated in rounds.
  results.sendpath = await sendPathBench({
    rounds: Number(process.env.BENCH_RUNS ?? 6),
    sends: Number(process.env.BENCH_SENDS ?? 2000),
    warmup: Number(process.env.BENCH_WARMUP ?? 500),
  });
  console.log(JSON.stringify({ sendpath: results.sendpath }, null, 2));
}
if (only === 'overlay') {
  // Only when asked for: a completion question's CPU after each new report, this checkout's ledger index vs BENCH_ROOT's, alternated.
  results.overlay = await overlayBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 5),
    reports: Number(process.env.BENCH_REPORTS ?? 40),
    records: Number(process.env.BENCH_RECORDS ?? 50000),
  });
  console.log(JSON.stringify({ overlay: results.overlay }, null, 2));
}
if (only === 'parse') {
  // Only when asked for: the report parser's ms per message over the corpus (1,000 people), this checkout and BENCH_ROOT's alternated.
  results.parse = await parseBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? process.env.BENCH_ROOT.split(',').filter(Boolean) : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 3),
    passes: Number(process.env.BENCH_PARSE_PASSES ?? 5),
    // BENCH_PARSE_LIMIT: about this many messages, spread over the corpus (default all).
    ...(process.env.BENCH_PARSE_LIMIT ? { limit: Number(process.env.BENCH_PARSE_LIMIT) } : {}),
  });
  console.log(JSON.stringify({ parse: results.parse }, null, 2));
}
if (only === 'parsepair') {
  // Only when asked for: the report parser's CPU ms per message, this checkout's and BENCH_ROOT's in one process, alternated per pass.
  results.parsepair = await parsePairBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 6),
    sample: Number(process.env.BENCH_PARSE_SAMPLE ?? 300),
  });
  console.log(JSON.stringify({ parsepair: results.parsepair }, null, 2));
}
if (only === 'parselong') {
  // Only when asked for: the report parser's ms per long pasted message (工作动态 runs, 30–400-row tables, 小结s, voice input,
  // a run-on sentence), p50/p99/max per shape, this checkout's src/ and BENCH_ROOT's each in its own process per round, the
  // order turning with the round; BENCH_PARSE_PASSES timed passes per process (after one untimed), BENCH_PARSE_SHAPES
  // (comma-separated, e.g. table400) narrows the shapes.
  results.parselong = await parseLongBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 4),
    count: Number(process.env.BENCH_PARSE_COUNT ?? 5),
    passes: Number(process.env.BENCH_PARSE_PASSES ?? 1),
    shapes: process.env.BENCH_PARSE_SHAPES?.split(',').filter(Boolean),
  });
  console.log(JSON.stringify({ parselong: results.parselong }, null, 2));
}
if (only === 'footprint') {
  // Only when asked for: idle RSS of this checkout's and BENCH_ROOT's `npm start` (several: comma-separated), alternated in BENCH_RUNS rounds.
  results.footprint = await footprintBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? process.env.BENCH_ROOT.split(',').filter(Boolean) : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 3),
    idleMs: Number(process.env.BENCH_IDLE_MS ?? 2000),
    quiet: process.env.BENCH_QUIET === '1',
    records: Number(process.env.BENCH_FOOTPRINT_RECORDS ?? 0),
    restart: process.env.BENCH_FOOTPRINT_RESTART === '1',
    heap: process.env.BENCH_FOOTPRINT_HEAP === '1',
    firstReply: process.env.BENCH_FOOTPRINT_REPLY === '1' || process.env.BENCH_FOOTPRINT_REPLY === '2',
    secondReply: process.env.BENCH_FOOTPRINT_REPLY === '2',
    // BENCH_FOOTPRINT_SETTLED_MS=12000: RSS again that long after the idle sample, once V8's memory reducer has run.
    settledMs: Number(process.env.BENCH_FOOTPRINT_SETTLED_MS ?? 0),
  });
  console.log(JSON.stringify({ footprint: results.footprint }, null, 2));
}
if (only === 'ackparts') {
  // Only when asked for: the acknowledging thread's CPU per delivery before the journal (verify, check, de-duplication key),
  // this checkout's src/ and BENCH_ROOT's side by side in one process, alternated in BENCH_RUNS rounds (about 10 s).
  results.ackparts = await ackPartsBench({
    roots: [process.cwd(), ...(process.env.BENCH_ROOT ? [process.env.BENCH_ROOT] : [])],
    rounds: Number(process.env.BENCH_RUNS ?? 10),
    passes: Number(process.env.BENCH_PARTS_PASSES ?? 5),
    count: Number(process.env.BENCH_PARTS_COUNT ?? 2000),
  });
  console.log(JSON.stringify({ ackparts: results.ackparts }));
}
