// One sliding-window limit counted the only safe way from the client: a request counts from when it leaves until a window after its answer.

export interface SendWindow {
  /** Milliseconds until one more request may leave (0: now), leaving `keep` of the limit unused (default 0). */
  wait(now: number, keep?: number): number;
  begin(): void;
  end(now: number): void;
  /** Nothing in flight and nothing answered within the window: the window can be forgotten. */
  empty(now: number): boolean;
  /** How many requests the window admits now (the limit it was made with, or a lower one since). */
  readonly limit: number;
  /** Admits at most `limit` from now on (Feishu announced a lower one); never raises it above the first. */
  lower(limit: number): void;
}

/**
 * Feishu counts a request when it arrives, somewhere between when we sent it and when its answer came back. Counting
 * requests in flight, and answered ones until `windowMs` after the answer, never exceeds Feishu's count, however
 * the network bunches requests up (a token fetch holding the first sends, a stalled event loop).
 */
export function createSendWindow(limit: number, windowMs: number): SendWindow {
  // The ring keeps the answers of the first limit's size; a lowered limit looks at fewer of them.
  let cap = limit;
  // Answer times of the last `limit` requests, oldest at `head`; answers come back in time order, so it stays sorted.
  const ends = new Float64Array(limit).fill(-Infinity);
  let head = 0;
  let inFlight = 0;
  // Answers we may still count while `inFlight` are under way: the one `allowed` places before the newest must have left the window.
  const newest = (back: number): number => ends[(head - 1 - back + 2 * limit) % limit]!;
  return {
    wait(now, keep = 0) {
      const allowed = cap - keep - inFlight - 1;
      if (allowed < 0) return Math.max(1, windowMs / cap);
      const edge = newest(allowed);
      return Math.max(0, edge + windowMs - now);
    },
    begin() {
      inFlight += 1;
    },
    end(now) {
      inFlight -= 1;
      ends[head] = now;
      head = (head + 1) % limit;
    },
    empty: (now) => inFlight === 0 && newest(0) + windowMs <= now,
    get limit() {
      return cap;
    },
    lower(next) {
      if (next >= 1 && next < cap) cap = Math.floor(next);
    },
  };
}
