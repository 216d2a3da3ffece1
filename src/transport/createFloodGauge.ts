// Whether deliveries are arriving far faster than the bot can ever answer them: the inbox then hands the bot fewer at once.

export interface FloodGauge {
  /** One delivery accepted now. */
  arrived(): void;
  /** At least `accepts` deliveries within the last one to two spans. */
  flooded(): boolean;
}

/**
 * Counts accepted deliveries in spans of `spanMs` (the current span and the one before it), on a monotonic `clock` in
 * ms. The inbox's threshold (16 within 100–200 ms, 80–160 a second) is above the 50 a second Feishu lets the bot answer:
 * past it the bot cannot keep up however many it holds (a replay, a storm of redeliveries, a benchmark).
 */
export function createFloodGauge(opts: { spanMs: number; accepts: number; clock: () => number }): FloodGauge {
  let spanStart = -Infinity;
  let current = 0;
  let previous = 0;
  // Moves the spans on to `now`: the current one becomes the previous one, or both are forgotten after a quiet span.
  const roll = (now: number) => {
    if (now - spanStart < opts.spanMs) return;
    previous = now - spanStart < 2 * opts.spanMs ? current : 0;
    current = 0;
    spanStart = now;
  };
  return {
    arrived() {
      roll(opts.clock());
      current += 1;
    },
    flooded() {
      roll(opts.clock());
      return current + previous >= opts.accepts;
    },
  };
}
