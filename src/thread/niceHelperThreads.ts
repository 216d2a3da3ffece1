// Gives the process's helper threads (V8's compiler workers, libuv's pool, the bot thread) the bot thread's lower priority, leaving the acknowledging thread alone at its own.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * On Linux, raises the nice value of every thread of this process except the main (acknowledging) thread to `nice`,
 * leaving any thread already at or above it; returns how many it changed (0 elsewhere, or where not allowed). Call it
 * from the main thread once the bot thread is running, when the helper threads exist: V8's four compiler workers are
 * made at the start, libuv's pool at the first file operation.
 *
 * Why: a nice value belongs to a thread (setpriority(2) on a thread id), so the bot thread's own nice did not reach the
 * threads working for it. Under a flood of deliveries V8's compiler workers, optimising mostly the bot's code, used as
 * much CPU as the bot thread (issue 14: `restThreads` of `npm run bench saturation`, and perf: TurboFan's GraphReducer
 * and register allocator on four threads), at nice 0 beside the acknowledging thread and the client on two cores. The
 * acknowledging path does not wait on either: its journal write is synchronous in the main thread, and a background
 * fdatasync or a compile job at nice 10 still runs whenever a core is free. Threads made later inherit the nice value of
 * the thread that makes them.
 */
export function niceHelperThreads(nice: number): number {
  if (process.platform !== 'linux') return 0;
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  let changed = 0;
  for (const entry of tids) {
    const tid = Number(entry);
    if (!Number.isInteger(tid) || tid === process.pid) continue;
    try {
      if (getPriority(tid) >= nice) continue;
      setPriority(tid, nice);
      changed += 1;
    } catch {
      // Gone meanwhile, or not allowed (a container without the right): that thread keeps its priority.
    }
  }
  return changed;
}
