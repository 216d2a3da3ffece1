// End to end over HTTP: the inspectors' reminder commands, and a festival broadcast delivered once through the outbox.
// Skips itself until main.ts wires the scheduler and outbox into RunningBot and reminderControl into the intents.
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import type { Scheduler } from '../../src/scheduler/createScheduler.js';
import type { Outbox } from '../../src/outbox/outboxTypes.js';
import { sentText, startTestBot, type TestBot } from '../support/testBot.js';

type Wired = TestBot['running'] & { scheduler: Scheduler; outbox: Outbox };

let t: TestBot;
beforeEach(async () => {
  // Monday 2026-09-28 is the 国庆 send day (3 working days ahead); at 09:00 nothing is due yet.
  t = await startTestBot({ now: new Date('2026-09-28T09:00:00+08:00') });
});
afterEach(() => t.close());

function wired(ctx: TestContext): Wired {
  const r = t.running as Wired;
  if (!r.scheduler || !r.outbox) ctx.skip();
  return r;
}

async function ask(from: string, text: string): Promise<string[]> {
  const before = t.emulator.sent.length;
  await t.say(from, text);
  await t.running.drain();
  return t.emulator.sent.slice(before).map(sentText);
}

const festivalTo = (openId: string) =>
  t.emulator.sent.filter((m) => m.receiveId === openId && sentText(m).includes('国庆前廉政提醒') && !sentText(m).includes('（测试）'));

describe('inspector controls', () => {
  it('提醒预览: the next sends, to whom, official or provisional', async (ctx) => {
    wired(ctx);
    const [card] = await ask('林晓', '提醒预览');
    expect(card).toContain('提醒预览');
    expect(card).toContain('国庆前廉政提醒');
    expect(card).toContain('2026年节假日：正式安排');
    expect(card).toContain('2027年节假日：⚠️ 暂定');
  });

  it('others are refused politely and told who can', async (ctx) => {
    wired(ctx);
    const [answer] = await ask('李明', '暂停提醒');
    expect(answer).toContain('仅限纪检管理员（黄志刚、林晓）');
    expect(t.running.store.read((db) => db.settings.remindersPaused)).toBe(false);
  });

  it('发送测试提醒: to the asker only, through the outbox', async (ctx) => {
    const r = wired(ctx);
    const [answer] = await ask('林晓', '发送测试提醒');
    expect(answer).toContain('发给您本人');
    await r.outbox.idle();
    const tests = t.emulator.sent.filter((m) => sentText(m).includes('（测试）'));
    expect(tests.map((m) => m.receiveId)).toEqual([t.openId('林晓')]);
  });

  it('暂停提醒 holds the broadcast; 恢复提醒 lets it go, once to each member', async (ctx) => {
    const r = wired(ctx);
    await ask('黄志刚', '暂停提醒');
    t.clock.now = new Date('2026-09-28T09:30:00+08:00');
    await r.scheduler.runNow();
    await r.outbox.idle();
    expect(festivalTo(t.openId('张伟'))).toHaveLength(0);

    await ask('黄志刚', '恢复提醒');
    t.clock.now = new Date('2026-09-28T09:40:00+08:00');
    await r.scheduler.runNow();
    await r.outbox.idle();
    await r.scheduler.runNow();
    await t.restart();
    await (t.running as Wired).scheduler.runNow();
    await (t.running as Wired).outbox.idle();
    for (const p of t.config.directory.org.people) expect(festivalTo(p.openId!), p.name).toHaveLength(1);
  });
});
