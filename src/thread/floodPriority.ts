// While deliveries flood in, the bot thread's nice goes from 10 to 19, so the acknowledging thread wins the cores it shares; back once they slow.

/** The bot thread's nice value while flooded (the lowest weight a nice value gives: 15 against a nice-0 thread's 1,024). */
export const FLOOD_NICE = 19;
/** How often the accepted events are counted while any arrive (ms). */
export const FLOOD_TICK_MS = 250;
/**
 * Accepted events in one tick that start a flood: 200 a second, four times what the bot can answer (Feishu's 50 sends a
 * second per app), and never reached by the scale bench's paced 50 a second.
 */
export const FLOOD_ENTER_PER_TICK = 50;
/** A tick with fewer than this (100 a second) is calm; FLOOD_CALM_TICKS calm ticks in a row (1 s) end the flood. */
export const FLOOD_LEAVE_PER_TICK = 25;
export const FLOOD_CALM_TICKS = 4;

export interface FloodPriority {
  /** One event accepted (journalled, not a duplicate): counted toward the current tick. */
  accepted(): void;
  /** Whether the bot thread is at FLOOD_NICE now. */
  readonly flooded: boolean;
  /** Stops counting (the thread is ending); the nice value is left as it is. */
  close(): void;
}

export interface FloodPriorityDeps {
  /** Sets the bot thread's nice value (os.setPriority on its thread id); may throw (EPERM, ESRCH). */
  setNice: (nice: number) => void;
  /** The bot thread's nice value outside a flood (BOT_THREAD_NICE). */
  normalNice: number;
  log: (line: string) => void;
  /** Calls `tick` every `ms` until stopped (default: an unref'd setInterval); tests drive it by hand. */
  every?: (tick: () => void, ms: number) => { stop(): void };
}

const intervalEvery = (tick: () => void, ms: number) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};

/**
 * Counts accepted events per FLOOD_TICK_MS and moves the bot thread to FLOOD_NICE when a tick holds
 * FLOOD_ENTER_PER_TICK or more, back to `normalNice` after FLOOD_CALM_TICKS ticks under FLOOD_LEAVE_PER_TICK. The
 * signal is arrivals, not the inbox's backlog: the backlog of a flood drains at Feishu's send rate, minutes after the
 * acknowledging thread is idle again, and the bot should have its share back for that. The ticker runs only while events
 * arrive or a flood lasts (an idle bot has no timer). If setting a value fails, the monitor stops changing it.
 */
export function createFloodPriority(deps: FloodPriorityDeps): FloodPriority {
  const every = deps.every ?? intervalEvery;
  let count = 0;
  let flooded = false;
  let calm = 0;
  let ticker: { stop(): void } | undefined;
  let broken = false;

  const stop = () => {
    ticker?.stop();
    ticker = undefined;
  };

  const set = (nice: number): boolean => {
    try {
      deps.setNice(nice);
      return true;
    } catch (error) {
      broken = true;
      stop();
      deps.log(`bot thread priority: could not set nice ${nice} (${String((error as Error)?.message ?? error)}); left as it is`);
      return false;
    }
  };

  function tick(): void {
    const n = count;
    count = 0;
    if (!flooded) {
      if (n >= FLOOD_ENTER_PER_TICK && set(FLOOD_NICE)) {
        flooded = true;
        calm = 0;
      } else if (n === 0) stop();
      return;
    }
    calm = n < FLOOD_LEAVE_PER_TICK ? calm + 1 : 0;
    if (calm >= FLOOD_CALM_TICKS && set(deps.normalNice)) {
      flooded = false;
      stop();
    }
  }

  return {
    accepted() {
      count += 1;
      if (!ticker && !broken) ticker = every(tick, FLOOD_TICK_MS);
    },
    get flooded() {
      return flooded;
    },
    close() {
      broken = true;
      stop();
    },
  };
}
