// The outbox's stop signal as the limiter holds it: one 'abort' listener however many sends wait on it (was: one per
// waiting send, and Node's MaxListenersExceededWarning in every burst of over ten outbox sends), none once they left.
import { getEventListeners } from 'node:events';
import { expect, it } from 'vitest';
import { createSendLimiter, FEISHU_LIMITS } from '../../src/outbox/createSendLimiter.js';

it('keeps one abort listener for forty waiting sends, and stopping gives up every send not yet granted', async () => {
  const limiter = createSendLimiter(FEISHU_LIMITS);
  const stop = new AbortController();
  // Two receivers at 5 a second each: most of the forty wait.
  const sends = Array.from({ length: 40 }, (_, i) => limiter.acquire(`oc_${i % 2}`, 'outbox', stop.signal));
  expect(getEventListeners(stop.signal, 'abort')).toHaveLength(1);
  stop.abort();
  const granted = await Promise.all(sends);
  expect(granted.filter((g) => !g).length).toBeGreaterThan(20);
  expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
});

it('takes the listener off the signal once every send waiting on it was granted, and puts one back for the next burst', async () => {
  const limiter = createSendLimiter({ ...FEISHU_LIMITS, perReceiverPerSecond: 1000, spacingMs: 0, outboxYieldMs: 0 });
  const stop = new AbortController();
  for (let burst = 0; burst < 3; burst++) {
    const sends = Array.from({ length: 12 }, (_, i) => limiter.acquire(`oc_${burst}_${i}`, 'outbox', stop.signal));
    expect(getEventListeners(stop.signal, 'abort').length).toBeLessThanOrEqual(1);
    expect(await Promise.all(sends)).toEqual(Array(12).fill(true));
    for (let i = 0; i < 12; i++) limiter.end(`oc_${burst}_${i}`);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  }
});
