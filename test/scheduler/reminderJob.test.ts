// The reminder job and scheduler at fixed moments, through the real outbox and store, with a recording Feishu.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeishuClient, OutgoingMessage, Recipient } from '../../src/feishu/feishuTypes.js';
import { createOutbox } from '../../src/outbox/createOutbox.js';
import { createReminderRuntime } from '../../src/domain/reminders/runtime.js';
import { createScheduler, cronExpression } from '../../src/scheduler/createScheduler.js';
import { runReminderJob, type ReminderJobDeps } from '../../src/scheduler/reminderJob.js';
import { openStore, type Store } from '../../src/store/openStore.js';
import { at, DEFAULT_DUTIES } from '../support/completionFixtures.js';
import { calendar, directory, EVERYONE, settingsWith } from '../domain/reminders/testKit.js';

interface Sent {
  to: Recipient;
  msg: OutgoingMessage;
  uuid?: string;
}

let dir: string;
let store: Store;
let sent: Sent[];
let clock: { now: Date };
let outbox: ReturnType<typeof createOutbox>;

/** A Feishu that records every send: an implementation of the interface, not a mock of our modules. */
const feishu: Pick<FeishuClient, 'send'> = {
  async send(to, msg, opts) {
    sent.push({ to, msg, uuid: opts?.uuid });
    return { messageId: `om_${sent.length}` };
  },
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-scheduler-'));
  store = await openStore(join(dir, 'db.json'));
  sent = [];
  clock = { now: at('2026-09-28 09:30') };
  outbox = createOutbox({ store, feishu, now: () => clock.now, log: () => {} });
  outbox.start();
});

afterEach(async () => {
  await outbox.stop();
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

function deps(over: Partial<ReminderJobDeps> = {}): ReminderJobDeps {
  return { reminders: { settings: settingsWith(), calendar }, directory, duties: DEFAULT_DUTIES, store, outbox, log: () => {}, ...over };
}

async function runAt(shanghai: string, over: Partial<ReminderJobDeps> = {}) {
  clock.now = at(shanghai);
  const result = await runReminderJob(deps(over), clock.now);
  await outbox.idle();
  return result;
}

const festivalSends = () => sent.filter((s) => s.msg.kind === 'card' && JSON.stringify(s.msg.card).includes('国庆前廉政提醒'));

describe('runReminderJob', () => {
  it('2026-09-28 09:30 (国庆, 3 working days ahead): every member gets the festival card once', async () => {
    const first = await runAt('2026-09-28 09:30');
    expect(first.paused).toBe(false);
    expect(first.decided.filter((r) => r.kind === 'festival')).toHaveLength(EVERYONE);
    expect(festivalSends()).toHaveLength(EVERYONE);
    expect(new Set(festivalSends().map((s) => JSON.stringify(s.to))).size).toBe(EVERYONE);
    const card = (festivalSends()[0]!.msg as { card: { schema: string } }).card;
    expect(card.schema).toBe('2.0');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(30 * 1024);

    // Every later tick decides the same keys; the outbox drops them.
    const before = sent.length;
    const again = await runAt('2026-09-28 09:40');
    expect(again.queued).toBe(0);
    expect(again.skipped).toBe(again.decided.length);
    const nextDay = await runAt('2026-09-29 10:00');
    expect(nextDay.decided.some((r) => r.kind === 'festival')).toBe(true);
    expect(sent.length).toBe(before);
  });

  it('the month’s due-soon warnings ride along, one per person', async () => {
    await runAt('2026-09-28 09:30');
    const due = sent.filter((s) => s.msg.kind === 'card' && JSON.stringify(s.msg.card).includes('到期提醒'));
    const recipients = due.map((s) => ('openId' in s.to ? s.to.openId : ''));
    expect(recipients.sort()).toEqual(['ou_h1', 'ou_h2', 'ou_h3', 'ou_h4', 'ou_h5', 'ou_insp', 'ou_l3']);
  });

  it('nothing outside the hours or on a day off', async () => {
    expect((await runAt('2026-09-28 08:59')).decided).toEqual([]);
    expect((await runAt('2026-09-28 18:00')).decided).toEqual([]);
    expect((await runAt('2026-09-27 10:00')).decided).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('paused: nothing is decided or sent until resumed; a festival not yet begun is then caught up', async () => {
    await store.update((db) => {
      db.settings.remindersPaused = true;
    });
    const paused = await runAt('2026-09-28 09:30');
    expect(paused).toMatchObject({ paused: true, queued: 0 });
    expect(sent).toEqual([]);
    await store.update((db) => {
      db.settings.remindersPaused = false;
    });
    await runAt('2026-09-29 10:00');
    expect(festivalSends()).toHaveLength(EVERYONE);
  });
});

describe('createScheduler', () => {
  it('runs once on start: a reminder missed while down goes out before the holiday', async () => {
    clock.now = at('2026-09-30 14:00');
    const scheduler = createScheduler({ ...deps(), now: () => clock.now });
    scheduler.start();
    await scheduler.stop();
    await outbox.idle();
    expect(festivalSends()).toHaveLength(EVERYONE);
  });

  it('…and not once the holiday has begun', async () => {
    clock.now = at('2026-10-08 10:00');
    const scheduler = createScheduler({ ...deps(), now: () => clock.now });
    scheduler.start();
    await scheduler.stop();
    await outbox.idle();
    expect(festivalSends()).toEqual([]);
  });

  it('runNow reports what it did; overlapping runs do not double up', async () => {
    clock.now = at('2026-09-28 10:00');
    const scheduler = createScheduler({ ...deps(), now: () => clock.now });
    const [a, b] = await Promise.all([scheduler.runNow(), scheduler.runNow()]);
    expect(a?.queued).toBeGreaterThan(0);
    expect(b).toBeUndefined();
    await outbox.idle();
    expect(festivalSends()).toHaveLength(EVERYONE);
  });

  it('reads the live config on every run: a reload reaches the next tick without a restart', async () => {
    let settings = settingsWith({ festival: { enabled: false }, dueSoon: { enabled: false } });
    const reminders = createReminderRuntime(() => settings);
    clock.now = at('2026-09-28 10:00');
    const scheduler = createScheduler({ ...deps(), reminders, now: () => clock.now });
    await scheduler.runNow();
    await outbox.idle();
    expect(festivalSends()).toEqual([]);
    settings = settingsWith({ dueSoon: { enabled: false } });
    scheduler.reschedule();
    await scheduler.runNow();
    await outbox.idle();
    expect(festivalSends()).toHaveLength(EVERYONE);
    await scheduler.stop();
  });

  it('ticks in the hours the window touches, in Shanghai time', () => {
    expect(cronExpression(10, { from: '09:00', to: '17:30' })).toBe('*/10 9-17 * * *');
    expect(cronExpression(15, { from: '08:30', to: '18:00' })).toBe('*/15 8-17 * * *');
    expect(cronExpression(5, { from: '09:00', to: '10:00' })).toBe('*/5 9 * * *');
  });
});
