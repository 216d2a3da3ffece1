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
    let gc: unknown = global;
    if (typeof gc !== 'function') {
      setFlagsFromString('--expose-gc');
      try {
        gc = runInNewContext('gc');
      } finally {
        setFlagsFromString('--no-expose-gc');
      }
    }
    // Compacting: a full collection otherwise moves objects only off pages it found fragmented when they were last
    // swept, so the garbage it frees stays committed (old space 24 MiB for 19 used). A second collection would compact
    // them too, but ages all code once more: functions the first reply needs had their bytecode flushed
    // (--bytecode-old-age=5 collections unused) and its reply cost ~50 ms more CPU (r53 fkg).
    collect =
      typeof gc === 'function'
        ? () => {
            setFlagsFromString('--compact-on-every-full-gc');
            try {
              (gc as () => void)();
            } finally {
              setFlagsFromString('--no-compact-on-every-full-gc');
            }
          }
        : null;
  } catch {
    collect = null;
  }
  return collect;
}
