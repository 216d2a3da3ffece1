// A scavenge once the bot thread has been idle a while after work: V8 then gives back the young generation the work grew.

/**
 * ms without work (the warm-up, members' messages and card actions) after which the bot thread scavenges once. The bot
 * thread's new space grows to two 8 MiB semi-spaces under work (botSemiSpace.ts) and V8 shrinks it back to 1 MiB only
 * in a collection that finds the allocation rate low over its last 5 s (V8's throughput window) or in one of its memory
 * reducer (which starts 8 s after a full collection, and not at all after work that needed none): an idle bot held up
 * to 14 MiB of new space it no longer used (issue 14 r64 gdg: 59.7 MiB of V8 heap on the bot thread, 14.3 of it new
 * space, 11 s after a start, against 41–42 in the other starts). 6 s: past that window with a margin. A scavenge of an idle
 * thread's nearly empty new space takes a few ms, ages no code (bytecode is aged by full collections only) and, with
 * the allocation rate low, leaves a 1 MiB new space.
 */
export const IDLE_SCAVENGE_AFTER_MS = 6000;

export interface IdleScavenge {
  /** Work happened now: the scavenge comes `afterMs` after the last work, once. */
  worked(): void;
  /** No more scavenges (the thread is closing). */
  stop(): void;
}

/**
 * `scavenge` (V8's young-generation collection of the calling thread) once per idle spell: `afterMs` after the last
 * `worked()`, or later while `busy()` (work in hand). One unref'd timer at most, re-armed for what is left of the wait
 * rather than per call, so a flood of events costs a number store each.
 */
export function idleScavenge(deps: { scavenge: () => void; busy: () => boolean; afterMs?: number; now?: () => number }): IdleScavenge {
  const afterMs = deps.afterMs ?? IDLE_SCAVENGE_AFTER_MS;
  const now = deps.now ?? (() => performance.now());
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const arm = (ms: number) => {
    timer = setTimeout(check, ms);
    timer.unref?.();
  };
  const check = () => {
    timer = undefined;
    if (stopped) return;
    const left = last + afterMs - now();
    if (left > 0) return arm(left);
    if (deps.busy()) return arm(afterMs);
    deps.scavenge();
  };
  return {
    worked() {
      last = now();
      if (timer === undefined && !stopped) arm(afterMs);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
