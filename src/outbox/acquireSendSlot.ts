// Waits until every limit lets one send to a receiver leave, then counts it as leaving.
import type { SendLimiter } from './createSendLimiter.js';

export interface SlotWait {
  clock: () => number;
  /** Sleeps `ms`, or less if the outbox stops meanwhile. */
  pause: (ms: number) => Promise<unknown>;
  running: () => boolean;
}

/** True once the send may go (the caller must send, then call limiter.end); false if the outbox stopped meanwhile. */
export async function acquireSendSlot(limiter: SendLimiter, receiver: string, w: SlotWait): Promise<boolean> {
  for (;;) {
    const bookedAt = w.clock();
    await w.pause(limiter.reserve(receiver));
    let ms = 0;
    while (w.running() && !limiter.pausedSince(bookedAt) && (ms = limiter.windowWait(receiver)) > 0) await w.pause(ms);
    if (!w.running()) return false;
    // A 429 came while we waited: book again, behind the pause Feishu asked for.
    if (limiter.pausedSince(bookedAt)) continue;
    limiter.begin(receiver);
    return true;
  }
}
