// A full garbage collection of the calling thread's heap, asked for by the bot thread once its warm-up is over.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * V8's `gc()` for this isolate, or null where it cannot be had. Node exposes it only under `--expose-gc`; the flag is set
 * for as long as a new context takes to be made (its `gc` global is this isolate's full collection) and unset again, so
 * no other code sees a `gc` global. Cached after the first call.
 */
export function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    const global = (globalThis as { gc?: unknown }).gc;
    if (typeof global === 'function') return (collect = global as () => void);
    setFlagsFromString('--expose-gc');
    try {
      const fn = runInNewContext('gc') as unknown;
      collect = typeof fn === 'function' ? (fn as () => void) : null;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  } catch {
    collect = null;
  }
  return collect;
}
