// Round 66 (issue 10), fixer gfd: corrections of stored records and waiting cards (clock Mon 2026-12-07).
// (a) 刘芳 「昨天那个其实是我和郑华签的 不是吴静」 of her stored 刘芳–吴静 signing read 吴静 as the doer denied (没有找到…活动人是吴静),
//     and 「昨天签责任书那条，吴静不对，是郑华」 made a card of a NEW signing beside it: now both are 请确认修改 吴静 → 郑华.
// (b) 「2号那条不用记」 on a card of 12-01 and 12-03 said 「卡片上没有「2号」的记录」: now asked 「是指第2条（…）吗？」 (是/不是);
//     「1号的不要了」 was read as a new report of the 1st: now the record of the 1st leaves the card.
// (c) 「第2条改成作风纪律检查」 of a stored batch's film made a change card: now said a film is no check, nothing changed.
// (d) 赵敏 「对象改成我」 was 没看懂 / 这条消息没有记录: now 对象改为赵敏 on a record someone else did, refused on her own;
//     「第4条对象是王强」 on a card numbered 1. 2. 4. (line 3 unread) was 这条消息没有记录: now record 4 changed.
// (e) 「「组联部」按其负责人周涛记录」 stayed on the card after 「第2条对象是组联部全体人员」: now gone.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, stored } = chat;

/** 刘芳's signing with 吴静, reported yesterday (Sunday 12-06). */
async function signedYesterday(): Promise<void> {
  chat.t.clock.now = new Date('2026-12-06T16:00:00+08:00');
  await chat.recorded('刘芳', '今天和吴静签订了党风廉政建设责任书');
  chat.t.clock.now = MONDAY;
}

describe('(a) the other party named wrong, then the right one', () => {
  it.each([
    ['昨天那个其实是我和郑华签的 不是吴静'],
    ['昨天那个其实是我和郑华签的，不是吴静'],
    ['昨天签责任书那条，吴静不对，是郑华'],
    ['昨天签责任书那条 吴静不对 是郑华'],
    ['昨天那条 对象吴静写错了 应该是郑华'],
    ['昨天那条，吴部长不对，是郑部长'],
    ['昨天签责任书那条，吴静记错了，是郑华。'],
    ['昨天那条 不是吴静是郑华'],
    ['昨天那条把吴静改成郑华'],
  ])('刘芳 「%s」 → 请确认修改 吴静 → 郑华, nothing new, changed on 确认', async (text) => {
    await signedYesterday();
    const answer = await answerText('刘芳', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/没有找到|请确认以下/);
    expect(rows()).toEqual([['pledge_sign', '2026-12-06', 'liufang', 'wujing']]);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-06', 'liufang', 'zhenghua']]);
  });

  it('a talk: 陈志强 「上周五谈话那条，郑华不对，是冯雪」 → 陈志强–冯雪 on 确认', async () => {
    await chat.recorded('陈志强', '12月4日和郑华进行了廉政谈话');
    expect(await answerText('陈志强', '上周五谈话那条，郑华不对，是冯雪')).toMatch(/请确认修改/);
    await say('陈志强', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-04', 'chenzhiqiang', 'fengxue']]);
  });

  it('the doer denied still: 孙丽 「不是王副理事长，那两份承诺书是我和王强签的」 → one 孙丽–王强 (round 65 kept)', async () => {
    await stored('孙丽', '上周三王副理事长和我、王强签了廉政承诺书', 2);
    expect(await answerText('孙丽', '不是王副理事长，那两份承诺书是我和王强签的')).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
  });

  it('near-miss: the one said wrong on no record (「昨天那条，王强不对，是郑华」) changes nothing, records nothing', async () => {
    await signedYesterday();
    const answer = await answerText('刘芳', '昨天那条，王强不对，是郑华');
    expect(answer).not.toMatch(/请确认以下/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-06', 'liufang', 'wujing']]);
  });

  it('near-miss: a day said wrong (「昨天那条日期不对，是12月5日」) is still a day change', async () => {
    await signedYesterday();
    const answer = await answerText('刘芳', '昨天那条日期不对，是12月5日');
    expect(answer).toMatch(/请确认修改/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-05', 'liufang', 'wujing']]);
  });
});

describe('(b) 「2号那条」 on a card numbered 1 and 2', () => {
  const LIST = '12月1日 与王强进行廉政谈话\n12月3日 与李娟进行谈心谈话';

  it.each([['2号那条不用记'], ['二号那个删掉'], ['把2号那条删掉'], ['2号的那条不算']])('孙丽 「%s」 → asked 是指第2条吗, 「是」 takes record 2 off', async (text) => {
    await answerText('孙丽', LIST);
    const answer = await answerText('孙丽', text);
    expect(answer).toMatch(/是指第2条（谈心谈话｜2026-12-03/);
    expect(answer).toMatch(/卡片上没有2号的记录/);
    expect(activities()).toEqual([]);
    const after = await answerText('孙丽', '是');
    expect(after).toMatch(/已去掉第2条/);
    expect(activities()).toEqual([]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'wangqiang']]);
  });

  it('the one-tap 「是，第2条不记」 is offered on the question', async () => {
    await answerText('孙丽', LIST);
    // The question's two first, then the card's own 确认 / 修改 / 取消 below it.
    expect(await chat.offered('孙丽', '2号那条不用记')).toEqual(['是', '不是', '确认', '修改', '取消']);
  });

  it('「不是」 keeps the card whole; 确认 then stores both', async () => {
    await answerText('孙丽', LIST);
    await answerText('孙丽', '2号那条不用记');
    expect(await answerText('孙丽', '不是')).toMatch(/没有去掉任何一条/);
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(2);
  });

  it('「确认」 after the question stores the card as shown (the question says so)', async () => {
    await answerText('孙丽', LIST);
    expect(await answerText('孙丽', '2号那条不用记')).toMatch(/都要记请回复「确认」/);
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(2);
  });

  it.each([['1号的不要了'], ['1号那个不要了'], ['1号的不要了。']])('「%s」 with a record of the 1st → that record off the card', async (text) => {
    await answerText('孙丽', LIST);
    expect(await answerText('孙丽', text)).toMatch(/已去掉第1条/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-03', 'sunli', 'lijuan']]);
  });

  it('「3号那条不用记」: the record of the 3rd (as before), nothing asked', async () => {
    await answerText('孙丽', LIST);
    const answer = await answerText('孙丽', '3号那条不用记');
    expect(answer).not.toMatch(/是指第/);
    expect(answer).toMatch(/已去掉第2条/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'wangqiang']]);
  });

  it('a card with a record on the 2nd: 「2号那条不用记」 is that record, nothing asked', async () => {
    await answerText('孙丽', '12月2日 与王强进行廉政谈话\n12月3日 与李娟进行谈心谈话');
    const answer = await answerText('孙丽', '2号那条不用记');
    expect(answer).not.toMatch(/是指第/);
    expect(answer).toMatch(/已去掉第1条/);
  });

  it('a card of fewer records than the number: 「5号那条不用记」 is the day, nothing taken', async () => {
    await answerText('孙丽', LIST);
    const answer = await answerText('孙丽', '5号那条不用记');
    expect(answer).not.toMatch(/是指第/);
    expect(answer).toMatch(/没有去掉任何一条/);
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(2);
  });

  it('a question waiting (the kind asked): 「2号那条不用记」 asks, with the one-tap 「第2条不用记」', async () => {
    await answerText('孙丽', '12月1日 和王强谈了话\n12月3日 和李娟谈了话');
    const answer = await answerText('孙丽', '2号那条不用记');
    expect(answer).toMatch(/是指第2条/);
    expect(answer).toMatch(/没有去掉任何一条/);
    expect(await answerText('孙丽', '第2条不用记')).toMatch(/已去掉/);
  });
});

describe('(c) a kind of another family by number, nothing waiting', () => {
  const BATCH = '12月1日 与赵磊进行廉政谈话\n12月2日 组织观看警示教育片';

  it.each([['第2条改成作风纪律检查'], ['第二条改成作风纪律检查'], ['第2条算作风纪律检查吧'], ['12月2日那次观看警示片改成作风纪律检查']])(
    '冯雪 「%s」 → a film is no check, asked, nothing changed',
    async (text) => {
      await stored('冯雪', BATCH, 2);
      const answer = await answerText('冯雪', text);
      expect(answer).not.toMatch(/请确认修改/);
      expect(answer).toMatch(/这次是警示教育，不是检查/);
      await say('冯雪', '确认');
      expect(rows()).toEqual([
        ['talk_integrity', '2026-12-01', 'fengxue', 'zhaolei'],
        ['edu_warning', '2026-12-02', 'fengxue', ''],
      ]);
    },
  );

  it('within a family: 「第2条改成廉政教育」 → the change card', async () => {
    await stored('冯雪', BATCH, 2);
    expect(await answerText('冯雪', '第2条改成廉政教育')).toMatch(/请确认修改/);
    await say('冯雪', '确认');
    expect(rows()[1]).toEqual(['edu_integrity', '2026-12-02', 'fengxue', '']);
  });

  it('a talk called a check: 「第1条改成作风纪律检查」 → said, nothing changed', async () => {
    await stored('冯雪', BATCH, 2);
    const answer = await answerText('冯雪', '第1条改成作风纪律检查');
    expect(answer).not.toMatch(/请确认修改/);
    expect(answer).toMatch(/不能直接改成作风纪律检查/);
  });
});

describe('(d) 对象改成我, and a card numbered by the member\'s lines', () => {
  it('on a card: 赵敏 「对象改成我」 after 「今天张书记和何平进行了廉政谈话」 → 对象 赵敏, 张伟 the doer', async () => {
    await answerText('赵敏', '今天张书记和何平进行了廉政谈话');
    expect(await answerText('赵敏', '对象改成我')).toMatch(/对象改为「赵敏」/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'zhaomin']]);
  });

  it.each([['对象改成我'], ['刚才那条对象改成我'], ['对象应该是我']])('stored: 赵敏 「%s」 → 请确认修改 对象 赵敏', async (text) => {
    await chat.recorded('赵敏', '今天张书记和何平进行了廉政谈话');
    expect(await answerText('赵敏', text)).toMatch(/请确认修改[\s\S]*对象改为「赵敏」/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'zhaomin']]);
  });

  it('her own talk: 「对象改成我」 refused, nothing changed', async () => {
    await chat.recorded('赵敏', '今天和何平进行了廉政谈话');
    const answer = await answerText('赵敏', '对象改成我');
    expect(answer).toMatch(/不能同时是对象/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhaomin', 'heping']]);
  });

  const LINES = '12月1日 王强 廉政谈话\n12月2日 李娟 谈心谈话\n12月3日 学习廉政信息\n12月4日 与李娟签订责任书';

  it.each([['第4条对象是王强'], ['第4条对象改成王强'], ['第四条对象是王强']])('孙丽 「%s」 on the card 1. 2. 4. → record 4 with 王强', async (text) => {
    await answerText('孙丽', LINES);
    expect(await answerText('孙丽', text)).toMatch(/已按您的更正修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-12-02', 'sunli', 'lijuan'],
      ['pledge_sign', '2026-12-04', 'sunli', 'wangqiang'],
    ]);
  });

  it('「第3条对象是王强」 (line 3 unread) → said, the card unchanged', async () => {
    await answerText('孙丽', LINES);
    expect(await answerText('孙丽', '第3条对象是王强')).toMatch(/第3行没有读出活动/);
    await say('孙丽', '确认');
    expect(rows().map((r) => r[3])).toEqual(['wangqiang', 'lijuan', 'lijuan']);
  });
});

describe('(e) a head note once the unit is read whole', () => {
  it('「第2条对象是组联部全体人员」 → 「「组联部」按其负责人周涛记录」 gone from the card and the receipt', async () => {
    const first = await answerText('刘芳', '12月1日与吴静谈了廉政谈话，12月3日和组联部签订了责任书');
    expect(first).toMatch(/「组联部」按其负责人周涛记录/);
    const card = await answerText('刘芳', '第2条对象是组联部全体人员');
    expect(card).toMatch(/对象：张颖/);
    expect(card).not.toMatch(/按其负责人/);
    expect(await answerText('刘芳', '确认')).not.toMatch(/按其负责人/);
    expect(rows().map((r) => r[3])).toEqual(['wujing', 'zhoutao', 'zhangying']);
  });

  it('near-miss: 「第1条不要」 keeps the note while 周涛 alone stands for 组联部', async () => {
    await answerText('刘芳', '12月1日与吴静谈了廉政谈话，12月3日和组联部签订了责任书');
    expect(await answerText('刘芳', '第1条不要')).toMatch(/「组联部」按其负责人周涛记录/);
  });
});
