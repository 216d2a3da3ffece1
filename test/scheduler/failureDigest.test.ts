// The inspectors' daily digest of permanent send failures, through the real outbox, store and emulator.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDirectory } from '../../src/domain/organization.js';
import type { SendingMoment } from '../../src/domain/reminders/clock.js';
import { sendFailureDigest } from '../../src/scheduler/failureDigest.js';
import { openIdOf, startHarness, type Harness } from '../outbox/outboxHarness.js';
import { cardText } from '../support/testBot.js';

let h: Harness;
let outbox: ReturnType<Harness['outbox']>;
beforeEach(async () => {
  h = await startHarness({ users: 3 });
  outbox = h.outbox();
  outbox.start();
});
afterEach(async () => {
  await outbox.stop();
  await h.close();
});

const directory = createDirectory({
  name: '测试单位',
  departments: [],
  people: [{ id: 'huang', name: '黄志刚', title: '机关纪委书记', roles: ['inspector', 'member'], openId: openIdOf(1) }],
});
const moment = (today: string, time = '10:00', open = true): SendingMoment => ({ today, time, workday: open, inWindow: open, open });
const deps = () => ({ directory, store: h.store, outbox, sendTime: '09:30' });

it('tells the inspectors once a working day what could not be delivered, and nothing when nothing failed', async () => {
  expect(await sendFailureDigest(deps(), moment('2026-11-23'), new Date('2026-11-23T02:00:00Z'))).toBe(0);

  await outbox.enqueue([{ key: 'festival|2027-元旦|2027|ou_gone|', to: { openId: `ou_${'f'.repeat(32)}` }, message: { kind: 'text', text: '元旦将至' } }]);
  await outbox.idle();
  expect(h.store.read((db) => db.outbox.map((i) => i.status))).toEqual(['failed']);

  expect(await sendFailureDigest(deps(), moment('2026-11-23', '09:00'), new Date('2026-11-23T01:00:00Z'))).toBe(0);
  expect(await sendFailureDigest(deps(), moment('2026-11-22', '10:00', false), new Date('2026-11-22T02:00:00Z'))).toBe(0);
  expect(await sendFailureDigest(deps(), moment('2026-11-23'), new Date('2026-11-23T02:00:00Z'))).toBe(1);
  await outbox.idle();
  const digest = h.emulator.sent.filter((m) => m.receiveId === openIdOf(1));
  expect(digest).toHaveLength(1);
  expect(cardText(digest[0]!.content)).toMatch(/发送失败日报[\s\S]*节前廉政提醒[\s\S]*FEISHU_BAD_RECEIVER/);

  expect(await sendFailureDigest(deps(), moment('2026-11-23', '15:00'), new Date('2026-11-23T07:00:00Z'))).toBe(0);
  expect(await sendFailureDigest(deps(), moment('2026-11-24'), new Date('2026-11-24T02:00:00Z'))).toBe(0);
});
