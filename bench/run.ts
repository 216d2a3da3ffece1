// npm run bench: every benchmark, on 127.0.0.1 only, bounded in time; prints JSON figures for the issue notes.
import { webhookBench } from './webhookBench.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const only = process.argv[2];

const results: Record<string, unknown> = {};
if (!only || only === 'webhook') {
  results.webhook = await webhookBench({ seconds, connections: 10 });
  console.log(JSON.stringify({ webhook: results.webhook }, null, 2));
}
