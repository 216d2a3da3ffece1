// Holds the bot's work back while deliveries arrive faster than the bot could ever answer them, so the acknowledging thread gets the CPU first; everything held is already in the journal.

export interface FloodGateOptions {
  /** Arrivals per second above which deliveries count as a flood (measured over the last `windowMs`). */
  perSecond: number;
  /** Work let through per second during a flood, in arrival order, so a flood that never ends starves nobody. */
  trickle: number;
  /** The window arrivals are counted over (default 250 ms): short, so a flood is seen within its first moments. */
  windowMs?: number;
  /** Milliseconds, monotonic (default performance.now). */
  clock?: () => number;
  /** Told once when a flood starts and once when it ends. */
  onFlood?: (flooded: boolean, held: number) => void;
}

export interface FloodGate {
  /** Counts one delivery accepted now. */
  arrived(): void;
  /** Resolves at once outside a flood; during one, at this waiter's turn of the trickle or when the flood ends. */
  pass(): Promise<void>;
  /** Waiters held now. */
  readonly held: number;
}

const TICK_MS = 50;

/**
 * The bot answers at most Feishu's send limit (50 replies a second), so deliveries arriving several times faster are a
 * backlog whatever it does: handing them over at once only takes CPU from the acknowledgements, and a late
 * acknowledgement makes Feishu deliver again. During a flood the gate lets `trickle` a second through and holds the
 * rest in arrival order; within a tick of the arrivals slowing, it lets all of them go.
 */
export function createFloodGate(opts: FloodGateOptions): FloodGate {
  const clock = opts.clock ?? (() => performance.now());
  const windowMs = opts.windowMs ?? 250;
  const limit = (opts.perSecond * windowMs) / 1000;
  // Arrival times within the window, oldest first, with a moving head (thousands a second under a flood).
  let arrivals: number[] = [];
  let first = 0;
  let waiters: Array<() => void> = [];
  let head = 0;
  let timer: NodeJS.Timeout | undefined;
  let credit = 0;
  let lastTick = 0;
  let flooding = false;

  function flooded(now: number): boolean {
    while (first < arrivals.length && arrivals[first]! <= now - windowMs) first += 1;
    if (first > 4096 && first * 2 > arrivals.length) {
      arrivals = arrivals.slice(first);
      first = 0;
    }
    return arrivals.length - first > limit;
  }

  function releaseOne(): void {
    const next = waiters[head]!;
    waiters[head] = undefined as never;
    head += 1;
    next();
  }

  function tick(): void {
    const now = clock();
    const isFlood = flooded(now);
    if (!isFlood) {
      while (head < waiters.length) releaseOne();
    } else {
      credit = Math.min(credit + ((now - lastTick) * opts.trickle) / 1000, Math.max(1, opts.trickle));
      while (credit >= 1 && head < waiters.length) {
        credit -= 1;
        releaseOne();
      }
    }
    lastTick = now;
    if (head === waiters.length) {
      waiters = [];
      head = 0;
    }
    if (isFlood !== flooding) {
      flooding = isFlood;
      opts.onFlood?.(isFlood, waiters.length - head);
    }
    // Kept referenced while work is held: a graceful stop's drain waits for it.
    timer = waiters.length > head ? setTimeout(tick, TICK_MS) : undefined;
  }

  return {
    arrived() {
      const now = clock();
      arrivals.push(now);
      flooded(now);
    },
    pass() {
      const now = clock();
      if (waiters.length === head && !flooded(now)) return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (!timer) {
          lastTick = now;
          credit = 0;
          timer = setTimeout(tick, TICK_MS);
        }
      });
    },
    get held() {
      return waiters.length - head;
    },
  };
}
