// Preloaded (`node --import`) into a spawned bot by test/e2e/botThread.test.ts: appends to $THREAD_PROBE_FILE, for each
// message step (src/trace/messageTrace.ts) and each HTTP answer, the id of the thread it happened on. Node runs a preload
// in every thread, the bot's worker included. Plain JavaScript: it loads before any TypeScript loader.
import { appendFileSync } from 'node:fs';
import { subscribe } from 'node:diagnostics_channel';
import { getPriority } from 'node:os';
import { threadId } from 'node:worker_threads';

const file = process.env.THREAD_PROBE_FILE;
const line = (what) => file && appendFileSync(file, `${JSON.stringify({ thread: threadId, ...what })}\n`);
// With each step, the thread's nice value (Linux: a thread's own).
subscribe('qingfeng:message', (m) => line({ step: m.step, id: m.id, nice: getPriority() }));
subscribe('http.server.response.finish', (m) => line({ answered: m.request.url }));
