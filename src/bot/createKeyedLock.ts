// One piece of work at a time per key (a member's dialog in a chat), in arrival order; different keys run in parallel.

/** Runs `work` once every earlier call with the same key has settled; resolves or rejects as `work` does. */
export type KeyedLock = <T>(key: string, work: () => Promise<T>) => Promise<T>;

/**
 * Messages reach the bot one chat at a time through the inbox, but card callbacks come straight from the HTTP handler
 * (they must be answered within 3 s, 卡片回传交互). Without this, a tap on 确认 and a typed 「确认」, or two taps from
 * two devices, both find the waiting dialog and record the report twice. Keys are dropped once idle, so the map holds
 * only keys with work in flight.
 */
export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const before = tails.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
