// Round 37 (fje, t36c F6): a counted list of talks (共开展谈心谈话3次：D与X，D与Y，D与新入职的同志) kept only its first pair when
// a sentence of another deed followed it, and lost the unnamed third without the lead-in; a count above the talks told
// dropped the rest without a word. Now every pair is a talk, the unnamed one is asked who, and a talk counted but not
// told is asked its day and whom.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 09:00 in Shanghai. */
const FRIDAY = new Date('2026-12-04T09:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;

const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds, a.title ?? '']);

describe('a counted list of talks', () => {
  it('three pairs and the film after them: the newcomer asked who, then all four on the card', async () => {
    await say('王磊', '11月份宣文部共开展谈心谈话3次：11月3日与杨帆，11月12日与杨帆（回访），11月25日与新入职的同志。另外11月18号组织本部门同志观看了警示片《围猎》，大家深受教育。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/新入职的同志|和谁/);
    await say('王磊', '不在名单里');
    if (activities().length === 0) await say('王磊', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-03', 'wanglei', ['yangfan'], ''],
      ['talk_heart', '2026-11-12', 'wanglei', ['yangfan'], ''],
      ['edu_warning', '2026-11-18', 'wanglei', [], '围猎'],
    ]);
  });

  it('a count above the talks told asks the one left: its day and whom', async () => {
    await say('王磊', '11月份共开展谈心谈话3次：11月3日与杨帆，11月12日与王强。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/和谁/);
    await say('王磊', '张颖');
    expect(lastText()).toMatch(/哪一天/);
    await say('王磊', '11月20日');
    if (activities().length === 0) await say('王磊', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-03', 'wanglei', ['yangfan'], ''],
      ['talk_heart', '2026-11-12', 'wanglei', ['wangqiang'], ''],
      ['talk_heart', '2026-11-20', 'wanglei', ['zhangying'], ''],
    ]);
  });
});
