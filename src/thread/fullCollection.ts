// A full garbage collection of the calling thread's heap, asked for by the bot thread once its warm-up is over.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { v8Gc } from './v8Gc.js';

let collect: (() => void) | null | undefined;

/** The used heap (MiB) up to which the collection compacts every page. */
export const COMPACT_UP_TO_MIB = 64;

/**
 * Whether the collection compacts every page at `usedBytes` of used heap. Compacting copies every live object to a
 * fresh page before the old ones are given back, so for a moment the thread holds its live heap twice: with a large
 * ledger that is the start's peak (200,000 records: ~110 MiB live; on a restart VmHWM rose from 191–211 to 281–318
 * MiB in the seconds of this collection, RSS ~195–210 after it, r59 fcg), and the collection takes several times as long (a 61 MiB heap: 1.7–1.9 s against
 * 0.3–0.5 s, +54 MiB RSS against none). What it wins is the free space left on pages a plain collection does not
 * move, which matters at the demo unit's size (old space 24 MiB committed for 19 used, r53 fkg), not beside a large
 * ledger. Above the bound a plain full collection (V8 still compacts the pages it finds fragmented).
 */
export function compactsAt(usedBytes: number): boolean {
  return usedBytes <= COMPACT_UP_TO_MIB * 1024 * 1024;
}

/**
 * The calling thread's full collection (V8's `gc()`, see v8Gc.ts), compacting up to COMPACT_UP_TO_MIB used, or null
 * where gc() cannot be had. Cached after the first call.
 */
export function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  const gc = v8Gc();
  // Compacting: a full collection otherwise moves objects only off pages it found fragmented when they were last
  // swept, so the garbage it frees stays committed (old space 24 MiB for 19 used). A second collection would compact
  // them too, but ages all code once more: functions the first reply needs had their bytecode flushed
  // (--bytecode-old-age=5 collections unused) and its reply cost ~50 ms more CPU (r53 fkg).
  // Only up to COMPACT_UP_TO_MIB used (see compactsAt).
  collect = gc
    ? () => {
        if (!compactsAt(getHeapStatistics().used_heap_size)) return gc();
        setFlagsFromString('--compact-on-every-full-gc');
        try {
          gc();
        } finally {
          setFlagsFromString('--no-compact-on-every-full-gc');
        }
      }
    : null;
  return collect;
}
