// Round 32a F6 (issue 10): on a 确认 card of four (two signings, two talks), 「孙丽的廉政谈话不用记」 became a new talk report
// (是哪一天进行的？) and the card waited unchanged. Now a record named by its person and kind leaves the card, as 第4条不用记
// does; naming only the person who has two records on it asks 第几条.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

const REPORT = '11月30日和李明、孙丽签订了责任书，并进行了廉政谈话';

describe('a record named by its person and kind leaves the waiting card', () => {
  it('「孙丽的廉政谈话不用记」 takes item 4 off; 确认 stores the other three', async () => {
    await say('王建国', REPORT);
    expect(lastText()).toContain('请确认以下 4 条记录');
    await say('王建国', '孙丽的廉政谈话不用记');
    expect(lastText()).toContain('已去掉第4条（廉政谈话｜2026-11-30（今天）｜对象：孙丽');
    expect(lastText()).not.toContain('是哪一天');
    // Three are left: 「一次超过3条」 said of the card of four no longer holds.
    expect(lastText()).not.toContain('一次超过3条');
    expect(activities()).toHaveLength(0);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-30', 'wangjianguo', 'liming'],
      ['pledge_sign', '2026-11-30', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'liming'],
    ]);
  });

  it('「和孙丽那条不要」 with two of 孙丽\'s on the card asks which, nothing taken off', async () => {
    await say('王建国', REPORT);
    await say('王建国', '和孙丽那条不要');
    expect(lastText()).toContain('卡片上第2、4条都是「孙丽」');
    expect(lastText()).toContain('请确认以下 4 条记录');
    await say('王建国', '第2条不要');
    await say('王建国', '确认');
    expect(rows().map((r) => `${r[0]}>${r[3]}`)).toEqual(['pledge_sign>liming', 'talk_integrity>liming', 'talk_integrity>sunli']);
  });

  it('with no card waiting, 「和孙丽进行了廉政谈话」 is still a report', async () => {
    await say('王建国', '昨天和孙丽进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-29', 'wangjianguo', 'sunli']]);
  });
});
