// Round 22 K5/K6 (issue 10, r22): days run together (11月17号24号) each make a record; a hedged 「…算是廉政谈话吧」 and a
// short 廉政课 are reports shown for a tap, no longer 没看懂 or 未记录.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('round 22 everyday mix: lists and hedges', () => {
  it('stores one talk for each of two days run together', async () => {
    await say('郑华', '11月17号24号都跟陈静谈了心');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds])).toEqual([
      ['talk_heart', '2026-11-17', ['chenjing']],
      ['talk_heart', '2026-11-24', ['chenjing']],
    ]);
  });

  it('puts a hedged 「应该算是廉政谈话吧」 on a card and stores it after 确认', async () => {
    await say('冯雪', '11月25日和赵磊聊了聊，应该算是廉政谈话吧');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-25/);
    await say('冯雪', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_integrity', '2026-11-25', 'fengxue', ['zhaolei']]]);
  });

  it('reads 廉政课 as a 廉政党课, on a card', async () => {
    await say('张伟', '今早给班子讲了堂廉政课');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/廉政党课｜2026-12-02/);
    await say('张伟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['edu_lecture', '2026-12-02', 'zhangwei']]);
  });
});
