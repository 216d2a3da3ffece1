// Over HTTP (k16, issue 10): terse corrections of a record just stored (不对，是前天 · 是周四不是周三 · 人错了，是孙丽)
// reach the before → after 确认 card, and the receipt after 确认 says 已修改; with nothing just recorded the bot says so plainly.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai, before the reminders' hours. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, rows, say } = chat;
const later = (minutes: number) => {
  chat.t.clock.now = new Date(chat.t.clock.now.getTime() + minutes * 60_000);
};

describe('a terse correction of the record just stored', () => {
  it.each([
    ['不对，是前天', '2026-11-29'],
    ['日期错了，是25号', '2026-11-25'],
    ['是周四不是周三', '2026-11-26'],
    ['不是周三，是周四', '2026-11-26'],
  ])('「%s」 → the 确认 card, the day moved to %s only after 确认, the receipt says 已修改', async (said, day) => {
    await say('孙丽', '上周三和王强进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'sunli', 'wangqiang']]);
    later(5);
    await say('孙丽', said);
    if (day === '2026-11-25') {
      expect(lastText()).toMatch(/已经是 2026-11-25，没有改动/);
      return;
    }
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(new RegExp(`原来：廉政谈话｜2026-11-25[\\s\\S]*改为：廉政谈话｜${day}`));
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'sunli', 'wangqiang']]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', day, 'sunli', 'wangqiang']]);
    expect(lastText()).toMatch(/^已修改/);
    expect(lastText()).not.toMatch(/已记录 \d+ 项/);
    expect(lastText()).toMatch(new RegExp(`原来：~~廉政谈话｜2026-11-25[^~]*~~\\s*改为：廉政谈话｜${day}`));
  });

  it.each([['人错了，是李娟'], ['对象错了，应该是李娟'], ['不对，不是王强，是李娟']])('「%s」 → the counterpart replaced after 确认', async (said) => {
    await say('孙丽', '昨天和王强进行了廉政谈话');
    await say('孙丽', said);
    expect(lastText()).toMatch(/原来：廉政谈话｜2026-11-30（昨天）｜对象：王强[\s\S]*改为：廉政谈话｜2026-11-30（昨天）｜对象：李娟/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
    await say('孙丽', '对');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'lijuan']]);
    expect(lastText()).toMatch(/^已修改/);
  });

  it('「人错了，是孙丽」 on a report of two records asks which, and changes nothing', async () => {
    await say('王建国', '昨天和王强、李娟进行了廉政谈话');
    await say('王建国', '人错了，是孙丽');
    expect(lastText()).toMatch(/最近一次上报记录了 2 项，要把哪一项的人改为「孙丽」/);
    expect(rows().map((r) => r[3])).toEqual(['wangqiang', 'lijuan']);
  });
});

describe('a terse correction with nothing just recorded says so plainly', () => {
  it('no record at all', async () => {
    await say('孙丽', '不对，是前天');
    expect(lastText()).toMatch(/没有可以更正的记录/);
    expect(lastText()).not.toMatch(/修改上一条/);
    expect(activities()).toEqual([]);
  });

  it('a record older than 30 minutes is left alone, the terse words say nothing changed', async () => {
    await say('孙丽', '昨天和王强进行了廉政谈话');
    later(31);
    await say('孙丽', '不对，是前天');
    expect(lastText()).toMatch(/没有可以更正的记录：您最近30分钟内没有新记录[\s\S]*什么都没有改动/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
    // Pointing at it still reaches it, however long ago.
    await say('孙丽', '刚才那条日期错了，应该是11月29日');
    expect(lastText()).toMatch(/请确认修改/);
  });
});
