// A first-come, first-served count of work in flight: at most `size` holders at once, the rest wait in arrival order.

export interface WorkSlots {
  /** Resolves when a slot is free (at once if one is); the holder must call the returned release exactly once. */
  take(): Promise<() => void>;
  /** Holders now. */
  readonly busy: number;
  /** Takers waiting for a slot. */
  readonly waiting: number;
}

/**
 * Slots are handed out in the order they were asked for, so work that waited longest starts first. A release hands its
 * slot straight to the next waiter, so no later taker can overtake one already waiting.
 */
export function createWorkSlots(size: number): WorkSlots {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`work slots: size must be a positive integer, got ${size}`);
  let busy = 0;
  // A queue with a moving head: shift() on a long array is linear, and under saturation thousands wait.
  let waiters: Array<(release: () => void) => void> = [];
  let head = 0;

  function release(): void {
    if (head < waiters.length) {
      const next = waiters[head]!;
      waiters[head] = undefined as never;
      head += 1;
      if (head > 1024 && head * 2 > waiters.length) {
        waiters = waiters.slice(head);
        head = 0;
      }
      next(once());
      return;
    }
    busy -= 1;
  }

  function once(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  return {
    take() {
      if (busy < size) {
        busy += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => waiters.push(resolve));
    },
    get busy() {
      return busy;
    },
    get waiting() {
      return waiters.length - head;
    },
  };
}
