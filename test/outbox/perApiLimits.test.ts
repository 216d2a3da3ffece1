// Feishu's app limits per API (频控策略: 「每个 API、每个应用、每个租户」; 发送消息 and 回复消息 each 50/s, 1000/min): replies
// and the outbox's sends keep budgets of their own in the scheduler; the 5/s per receiver is one for both.
import { expect, it } from 'vitest';
import { createSendScheduler } from '../../src/outbox/createSendScheduler.js';
import { FEISHU_LIMITS } from '../../src/outbox/sendLimits.js';
import { maxInWindow } from './outboxHarness.js';

/** Runs the scheduler 1 ms at a time until nobody waits; each send is answered `rtt` ms after it leaves. */
function drain(scheduler: ReturnType<typeof createSendScheduler>, clock: { t: number }, inFlight: { until: number; end: () => void }[], rtt = 5): void {
  for (let guard = 0; guard < 120_000 && (scheduler.waiting > 0 || inFlight.length > 0); guard += 1, clock.t += 1) {
    for (let k = inFlight.length - 1; k >= 0; k -= 1) {
      if (clock.t < inFlight[k]!.until) continue;
      inFlight.splice(k, 1)[0]!.end();
    }
    scheduler.dispatch();
  }
  void rtt;
}

it('50 replies and the outbox’s share of sends leave in the same second: neither waits for the other’s window', () => {
  const clock = { t: 0 };
  const scheduler = createSendScheduler(FEISHU_LIMITS, () => clock.t);
  const inFlight: { until: number; end: () => void }[] = [];
  const granted = { send: [] as number[], reply: [] as number[] };
  // 100 reminders queued first (the outbox), then 50 members' replies, each to a receiver of its own.
  for (let i = 0; i < 100; i += 1) {
    scheduler.wait(`ou_n${i}`, 'outbox', () => {
      granted.send.push(clock.t);
      inFlight.push({ until: clock.t + 5, end: () => scheduler.end(`ou_n${i}`, 'send') });
    }, 'send');
  }
  for (let i = 0; i < 50; i += 1) {
    scheduler.wait(`oc_r${i}`, 'reply', () => {
      granted.reply.push(clock.t);
      inFlight.push({ until: clock.t + 5, end: () => scheduler.end(`oc_r${i}`, 'reply') });
    }, 'reply');
  }
  drain(scheduler, clock, inFlight);
  // Every reply within its first second (spaced spacingMs apart), and the outbox's first 40 (its share before a
  // notice is due) in that same second: 90 in the app's first second, 50 and 40 per API.
  expect(granted.reply).toHaveLength(50);
  expect(Math.max(...granted.reply)).toBeLessThan(1000);
  expect(granted.send.filter((t) => t < 1000)).toHaveLength(FEISHU_LIMITS.perAppPerSecond - FEISHU_LIMITS.replyReservePerSecond);
  expect(granted.send).toHaveLength(100);
  // Never over either API's 50 in any second.
  expect(maxInWindow(granted.reply, 1000)).toBeLessThanOrEqual(50);
  expect(maxInWindow(granted.send, 1000)).toBeLessThanOrEqual(50);
});

it('a 429 on one API pauses that API only; the receiver’s 5/s counts both', () => {
  const clock = { t: 0 };
  const scheduler = createSendScheduler(FEISHU_LIMITS, () => clock.t);
  const inFlight: { until: number; end: () => void }[] = [];
  const log: string[] = [];
  scheduler.pauseApp(2000, 'reply');
  scheduler.wait('oc_a', 'reply', () => {
    log.push(`reply@${clock.t}`);
    inFlight.push({ until: clock.t + 5, end: () => scheduler.end('oc_a', 'reply') });
  }, 'reply');
  scheduler.wait('ou_b', 'reply', () => {
    log.push(`send@${clock.t}`);
    inFlight.push({ until: clock.t + 5, end: () => scheduler.end('ou_b', 'send') });
  }, 'send');
  drain(scheduler, clock, inFlight);
  expect(log).toEqual(['send@0', 'reply@2000']);

  // Six to one receiver, three by each API: five in its first second, the sixth a second after the first answer.
  const times: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    const api = i % 2 === 0 ? 'send' : 'reply';
    scheduler.wait('oc_same', 'reply', () => {
      times.push(clock.t);
      inFlight.push({ until: clock.t + 5, end: () => scheduler.end('oc_same', api) });
    }, api);
  }
  const start = clock.t;
  drain(scheduler, clock, inFlight);
  expect(times.filter((t) => t - start < 1000)).toHaveLength(FEISHU_LIMITS.perReceiverPerSecond);
  expect(times).toHaveLength(6);
});

it('learns a lower limit for the API whose 429 announced it, and keeps the other’s', () => {
  const scheduler = createSendScheduler(FEISHU_LIMITS, () => 0);
  expect(scheduler.learnAppLimit(20, 1000, 'reply')).toEqual({ window: 'second', limit: 20, api: 'reply' });
  expect(scheduler.appLimitsOf('reply')).toEqual({ perSecond: 20, perMinute: 1000 });
  expect(scheduler.appLimitsOf('send')).toEqual({ perSecond: 50, perMinute: 1000 });
});
