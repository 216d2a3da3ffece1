// Preloaded (`node --import`) into the production bot by the footprint bench (BENCH_FOOTPRINT_HEAP=1): each thread's V8
// heap at idle, answered over IPC. Node runs a preload in every thread; the bot's threads answer the main thread's copy
// over a BroadcastChannel. Per thread: the heap's used / committed size, each space's (new, old, code, large objects,
// large code …), the code statistics (bytecode, machine code, external script source) and, on the main thread, the
// process's external and array-buffer memory. BENCH_HEAP_SNAPSHOT_DIR: each thread also writes a heap snapshot there.
// Plain JavaScript on purpose: it must load without a TypeScript loader, beside any build under test.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getHeapCodeStatistics, getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

const bus = new BroadcastChannel('qingfeng:heapProbe');
bus.unref();
const mib = (b) => Math.round((b / 1048576) * 100) / 100;

function heapOf(snapshotTag) {
  const h = getHeapStatistics();
  const c = getHeapCodeStatistics();
  const spaces = {};
  for (const s of getHeapSpaceStatistics()) spaces[s.space_name] = { usedMiB: mib(s.space_used_size), committedMiB: mib(s.physical_space_size) };
  const dir = process.env.BENCH_HEAP_SNAPSHOT_DIR;
  if (dir) writeHeapSnapshot(join(dir, `${snapshotTag}-${isMainThread ? 'main' : `thread${threadId}`}-${process.pid}.heapsnapshot`));
  return {
    threadId,
    usedMiB: mib(h.used_heap_size),
    committedMiB: mib(h.total_physical_size),
    mallocedMiB: mib(h.malloced_memory),
    externalMiB: mib(h.external_memory),
    bytecodeMiB: mib(c.bytecode_and_metadata_size),
    codeMiB: mib(c.code_and_metadata_size),
    scriptSourceMiB: mib(c.external_script_source_size),
    spaces,
    // What this thread has loaded that the bot may not need at idle: Node's fetch (undici), and the CommonJS files
    // loaded with require() (the SDK's bundle, opencc-js, pinyin-pro, the export libraries), by package or file name.
    undici: process.moduleLoadList.some((m) => m.includes('undici')),
    required: [...new Set(Object.keys(createRequire(import.meta.url).cache).map((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1] ?? f.split(/[\\/]/).pop()))],
  };
}

if (!isMainThread) {
  bus.onmessage = (e) => {
    if (e.data?.ask === 'heap') bus.postMessage({ heap: heapOf(e.data.tag) });
  };
} else {
  const got = [];
  bus.onmessage = (e) => {
    if (e.data?.heap) got.push(e.data.heap);
  };
  process.on('message', async (msg) => {
    if (msg?.cmd !== 'heap') return;
    got.length = 0;
    bus.postMessage({ ask: 'heap', tag: msg.tag ?? 'idle' });
    const own = heapOf(msg.tag ?? 'idle');
    // Until no thread has answered for 500 ms after the first answer, at most 60 s: a busy bot thread (its warm-up at
    // nice 10 on a loaded machine, a snapshot) answers when its loop is free. A build without worker threads answers
    // nothing: 30 s then.
    const t0 = Date.now();
    for (let seen = 0, since = Date.now(); Date.now() - t0 < 60_000; ) {
      if (got.length !== seen) (seen = got.length), (since = Date.now());
      if (Date.now() - since > (seen > 0 ? 500 : 30_000)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const m = process.memoryUsage();
    process.send({ threads: [own, ...got], externalMiB: mib(m.external), arrayBuffersMiB: mib(m.arrayBuffers) });
  });
  // The IPC channel would keep the bot alive after its graceful stop: let SIGTERM end it as it ends an operator's.
  process.channel?.unref();
}
