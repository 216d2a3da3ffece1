// V8's gc() for the calling thread's isolate, had without `--expose-gc` for the process (the bot thread's collections).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc extension: without an argument a full collection; `{ type: 'minor' }` a scavenge of the young generation only. */
export type V8Gc = (options?: { type: 'minor' }) => void;

let gc: V8Gc | null | undefined;

/**
 * V8's `gc()` for this isolate, or null where it cannot be had. Node exposes it only under `--expose-gc`; the flag is set
 * for as long as a new context takes to be made (its `gc` global is this isolate's collector) and unset again, so no
 * other code sees a `gc` global. Cached after the first call (per thread: each worker loads its own copy of this module).
 */
export function v8Gc(): V8Gc | null {
  if (gc !== undefined) return gc;
  try {
    let found: unknown = (globalThis as { gc?: unknown }).gc;
    if (typeof found !== 'function') {
      setFlagsFromString('--expose-gc');
      try {
        found = runInNewContext('gc');
      } finally {
        setFlagsFromString('--no-expose-gc');
      }
    }
    gc = typeof found === 'function' ? (found as V8Gc) : null;
  } catch {
    gc = null;
  }
  return gc;
}
