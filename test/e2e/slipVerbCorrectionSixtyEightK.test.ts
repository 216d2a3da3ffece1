// Round 68, ghk (t71b on the merge a55695d0): 孙丽, her 签订承诺书 with 王强 stored, wrote 「签错人了，是李娟」「那个签错了，实际是和
// 李娟签的」 (没看懂) and 「承诺书那条签错了 应该是李娟」 (a NEW signing with 李娟 asked its day); 王磊「片名打错了，应该是警钟长鸣2」
// (没看懂). A slip owned with any verb (签错 · 打错 · 记错 · 输错 · 录错 · 选错 · 谈错人 …, 那条有误 · 不准确) now reads as the 写错了
// it means: the 请确认修改 card of the stored record, one tap. 胡军 (FB1) 「不对，上周三王理事长是和孙丽、王强谈的，不是李明」 got
// 「没有在通讯录…找到「李明」…」: the 孙丽 talk already stored is kept and 李明's becomes 王强's, said on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day): 上周五 is 11-27, 上周三 11-25. */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, answerText, say, recorded, stored } = chat;

const pledges = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('a signing slip owned with any verb, on 孙丽\'s stored 承诺书 with 王强', () => {
  it.each([
    ['签错人了，是李娟'],
    ['那个签错了，实际是和李娟签的'],
    ['承诺书那条签错了 应该是李娟'],
    ['承诺书那条签错人了，不是王强，是李娟'],
    ['簽錯人了，是李娟'],
    ['那条有误，应该是李娟'],
    ['承诺书那条不准确，应该是李娟'],
  ])('「%s」 → 请确认修改 王强 → 李娟; 确认 changes the one record, nothing new', async (text) => {
    await recorded('孙丽', '上周五我和王强签订了廉政承诺书');
    const answer = await answerText('孙丽', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/改为：签订责任书\/承诺书｜2026-11-27｜对象：李娟/);
    expect(answer).not.toMatch(/没看懂|是哪一天/);
    expect(pledges()).toEqual([['pledge_sign', '2026-11-27', 'sunli', ['wangqiang']]]);
    const receipt = await answerText('孙丽', '确认');
    expect(receipt).toMatch(/李娟/);
    expect(pledges()).toEqual([['pledge_sign', '2026-11-27', 'sunli', ['lijuan']]]);
  });

  it('取消 keeps 王强', async () => {
    await recorded('孙丽', '上周五我和王强签订了廉政承诺书');
    expect(await answerText('孙丽', '签错人了，是李娟')).toMatch(/请确认修改/);
    await say('孙丽', '取消');
    expect(pledges()).toEqual([['pledge_sign', '2026-11-27', 'sunli', ['wangqiang']]]);
  });

  it.each([
    ['记错日子了，应该是11.26', '2026-11-26'],
    ['日期输错了，应该是前天', '2026-11-28'],
  ])('「%s」 → the day %s on 确认', async (text, date) => {
    await recorded('孙丽', '上周五我和王强签订了廉政承诺书');
    expect(await answerText('孙丽', text)).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(pledges()).toEqual([['pledge_sign', date, 'sunli', ['wangqiang']]]);
  });
});

describe('a film\'s title and count, a talk\'s person', () => {
  const film = async () => recorded('王磊', '昨天宣文部组织观看警示教育片《警钟长鸣》，参加6人');

  it.each([['片名打错了，应该是警钟长鸣2'], ['片名打錯了，應該是警鐘長鳴2'], ['题目输错了，应该是《警钟长鸣2》']])(
    '王磊 「%s」 → 《警钟长鸣2》 on 确认',
    async (text) => {
      await film();
      const answer = await answerText('王磊', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(/《警钟长鸣2》/);
      await say('王磊', '确认');
      expect(activities().map((a) => [a.type, a.title, a.attendees])).toEqual([['edu_warning', '警钟长鸣2', 6]]);
    },
  );

  it.each([['人数报错了，实际是7人'], ['参加人数记错了，其实是七人']])('王磊 「%s」 → 7人 on 确认', async (text) => {
    await film();
    expect(await answerText('王磊', text)).toMatch(/请确认修改/);
    await say('王磊', '确认');
    expect(activities().map((a) => a.attendees)).toEqual([7]);
  });

  it('李明 「谈错人了，应该是胡军」 → 王芳 → 胡军 on 确认', async () => {
    await recorded('李明', '昨天和王芳进行了谈心谈话');
    expect(await answerText('李明', '谈错人了，应该是胡军')).toMatch(/请确认修改/);
    await say('李明', '确认');
    expect(activities().map((a) => [a.type, a.counterpartIds])).toEqual([['talk_heart', ['hujun']]]);
  });
});

describe('near-misses stay as they are', () => {
  it('「谈错了，气氛没把握好」 changes nothing', async () => {
    await recorded('李明', '昨天和王芳进行了谈心谈话');
    const answer = await answerText('李明', '谈错了，气氛没把握好');
    expect(answer).not.toMatch(/请确认修改/);
    expect(activities().map((a) => [a.type, a.counterpartIds])).toEqual([['talk_heart', ['wangfang']]]);
  });

  it('「错了」 alone asks, nothing changed', async () => {
    await recorded('孙丽', '上周五我和王强签订了廉政承诺书');
    expect(await answerText('孙丽', '错了')).not.toMatch(/请确认修改/);
    expect(pledges()).toEqual([['pledge_sign', '2026-11-27', 'sunli', ['wangqiang']]]);
  });

  it('a film titled 《错》 is a new report, the stored one untouched', async () => {
    await recorded('王磊', '昨天宣文部组织观看警示教育片《警钟长鸣》，参加6人');
    await recorded('王磊', '上周五组织观看了警示片《错》，参加8人');
    expect(activities().map((a) => [a.date, a.title, a.attendees])).toEqual([
      ['2026-11-29', '警钟长鸣', 6],
      ['2026-11-27', '错', 8],
    ]);
  });
});

describe('FB1: several people in place of one', () => {
  const talks = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);
  const report = async () => stored('胡军', '王理事长上周三分别和孙丽、李明进行了廉政谈话', 2);

  it('「不对，上周三王理事长是和孙丽、王强谈的，不是李明」 → 孙丽 kept, 李明 → 王强 on 确认', async () => {
    await report();
    const answer = await answerText('胡军', '不对，上周三王理事长是和孙丽、王强谈的，不是李明');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/与孙丽的那条已经记过/);
    expect(answer).toMatch(/改为：廉政谈话｜2026-11-25｜对象：王强/);
    expect(answer).not.toMatch(/没有在通讯录/);
    await say('胡军', '确认');
    expect(talks()).toEqual([
      ['talk_integrity', '2026-11-25', 'wangjianguo', ['sunli']],
      ['talk_integrity', '2026-11-25', 'wangjianguo', ['wangqiang']],
    ]);
  });

  it('two new people for one record: asked, nothing changed, no name said missing', async () => {
    await report();
    const answer = await answerText('胡军', '不对，是和王强、李娟谈的，不是李明');
    expect(answer).toMatch(/不知道改成谁/);
    expect(answer).not.toMatch(/没有在通讯录|请确认修改/);
    expect(talks().map((t) => t[3])).toEqual([['sunli'], ['liming']]);
  });

  it('a name not in the directory is the one said unread, never 李明', async () => {
    await report();
    const answer = await answerText('胡军', '不是李明，是张三');
    expect(answer).toMatch(/「张三」/);
    expect(answer).not.toMatch(/找到「李明」/);
    expect(talks().map((t) => t[3])).toEqual([['sunli'], ['liming']]);
  });
});
