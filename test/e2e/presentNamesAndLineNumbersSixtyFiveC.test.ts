// Over HTTP (issue 10, round 65 gec): nothing dropped, nothing misplaced.
// - 张伟「上周二和李明谈了廉政谈话 张主任也在」: 张主任 (no 张 is a 主任) said back on the card, 「「张主任」不在通讯录里，未记入」,
//   one talk with 李明 (was: asked 「通讯录里找不到「张主任」。是哪一位？」 as a second person talked to).
// - 刘芳「今天和周涛谈了谈心 小何也在」: the card says 「「小何」应是何平…」 (was: stored at once, 何平 named as if written).
// - 孙丽「11月27日 检查本科室报销票据和账目」: a 专项资金检查 on a card (was: not read).
// - A list with an unread line 3: the card numbers its records 1, 2, 4; 「第3条不用记」 says line 3 was never recorded, the
//   card kept (was: line 4's check taken off); 「第4条不用记」 takes the check off.
// - 「2号那条不用记」 while a question waits on items of the 1st and the 3rd: 「卡片上没有2号的记录」, nothing taken off (was: the
//   item asked about left out, the other stored at once).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the findings' clock). */
const chat = useChatBot(new Date('2026-12-07T10:00:00+08:00'));
const { lastText, rows, say, answerText } = chat;

describe('someone there by a surname and a post no one holds', () => {
  it.each([
    ['上周二和李明谈了廉政谈话 张主任也在'],
    ['上周二和李明谈了廉政谈话，张主任也在场'],
    ['上周二和李明谈了廉政谈话 张主任也在旁边'],
    ['上周二和李明谈了廉政谈话 张主任陪同'],
    ['上周二和李明谈了廉政谈话 张主任列席'],
  ])('张伟 「%s」 → a card saying 张主任 is not in the directory; 确认 stores the one talk with 李明', async (text) => {
    const answer = await answerText('张伟', text);
    expect(answer).toMatch(/「张主任」不在通讯录里，未记入/);
    expect(answer).not.toMatch(/是哪一位/);
    expect(answer).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say('张伟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'zhangwei', 'liming']]);
  });

  it('near-miss: 「…何主任也在」 is 何平, there, not talked to — one talk with 李明, as before', async () => {
    const answer = await answerText('张伟', '上周二和李明谈了廉政谈话 何主任也在');
    expect(answer).toMatch(/何平是一同参加的，未记为对象/);
    if (rows().length === 0) await say('张伟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'zhangwei', 'liming']]);
  });
});

describe('小X also there', () => {
  it('刘芳 「今天和周涛谈了谈心 小何也在」 → the card says 小何 is probably 何平; 确认 stores the talk with 周涛 alone', async () => {
    const answer = await answerText('刘芳', '今天和周涛谈了谈心 小何也在');
    expect(answer).toMatch(/「小何」应是何平（通讯录里姓何的只有这一位）/);
    expect(answer).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'liufang', 'zhoutao']]);
  });

  it.each([
    ['今天和周涛谈了谈心 小钱也在', /「小钱」不在通讯录里，未记入/],
    ['今天和周涛谈了谈心 小王也在', /「小王」说不准是通讯录里的哪一位/],
  ])('刘芳 「%s」 → said back on the card, the talk with 周涛 only', async (text, said) => {
    const answer = await answerText('刘芳', text);
    expect(answer).toMatch(said);
    expect(rows()).toEqual([]);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'liufang', 'zhoutao']]);
  });
});

describe('a terse dated line checking the books', () => {
  it.each([['11月27日 检查本科室报销票据和账目'], ['11.27 检查本科室凭证、账目'], ['11月27日 核对本科室账目和凭证']])(
    '孙丽 「%s」 → a 专项资金检查 of 11-27 on a card',
    async (text) => {
      const answer = await answerText('孙丽', text);
      expect(answer).toMatch(/专项资金检查｜2026-11-27/);
      expect(rows()).toEqual([]);
      await say('孙丽', '确认');
      expect(rows()).toEqual([['inspect_funds', '2026-11-27', 'sunli', '']]);
    },
  );
});

const LIST = '12月1日 王强 廉政谈话\n12月2日 李娟 谈心谈话\n12月3日 学习廉政信息\n12月4日 检查本科室报销票据和账目';

describe('a list with an unread line: the card counts the member\'s lines', () => {
  it('孙丽\'s four lines, line 3 unread: the card shows 1, 2, 4; 第3条不用记 keeps the card; 第4条不用记 takes the check off', async () => {
    await say('孙丽', LIST);
    expect(lastText()).toMatch(/^1\. 廉政谈话｜2026-12-01/m);
    expect(lastText()).toMatch(/^2\. 谈心谈话｜2026-12-02/m);
    expect(lastText()).toMatch(/^4\. 专项资金检查｜2026-12-04/m);
    expect(lastText()).not.toMatch(/^3\. /m);
    const third = await answerText('孙丽', '第3条不用记');
    expect(third).toMatch(/您消息里的第3行本来就没有读出活动，没有记录，卡片没有改动/);
    expect(third).toMatch(/^4\. 专项资金检查｜2026-12-04/m);
    expect(third).toMatch(/请确认以下 3 条记录/);
    const fourth = await answerText('孙丽', '第4条不用记');
    expect(fourth).toMatch(/已去掉第4条（专项资金检查｜2026-12-04/);
    expect(fourth).toMatch(/请确认以下 2 条记录/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-12-02', 'sunli', 'lijuan'],
    ]);
  });

  it('the same list numbered 1.–4.: 去掉第3条 keeps the card, 第2条不用记 takes 李娟\'s talk off', async () => {
    await say('孙丽', LIST.split('\n').map((l, i) => `${i + 1}. ${l}`).join('\n'));
    expect(lastText()).toMatch(/^4\. 专项资金检查｜2026-12-04/m);
    expect(await answerText('孙丽', '去掉第3条')).toMatch(/第3行本来就没有读出活动/);
    expect(await answerText('孙丽', '第2条不用记')).toMatch(/已去掉第2条（谈心谈话｜2026-12-02｜对象：李娟/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang'],
      ['inspect_funds', '2026-12-04', 'sunli', ''],
    ]);
  });

  it('a number the card and the list lack: 第6条不用记 is said, nothing changed', async () => {
    await say('孙丽', LIST);
    expect(await answerText('孙丽', '第6条不用记')).toMatch(/卡片上的是第1、2、4条，没有第6条/);
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(3);
  });

  it('near-miss: every line read — the card counts 1, 2, 3 and 第3条不用记 takes the check, as before', async () => {
    await say('孙丽', '12月1日 王强 廉政谈话\n12月2日 李娟 谈心谈话\n12月4日 检查本科室报销票据和账目');
    expect(lastText()).toMatch(/^3\. 专项资金检查｜2026-12-04/m);
    expect(await answerText('孙丽', '第3条不用记')).toMatch(/已去掉第3条（专项资金检查/);
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(2);
  });
});

describe('「2号那条」 when no item is of the 2nd', () => {
  const ASKED = '12月1日 组织学习廉政信息\n12月3日 和胡军谈心谈话';

  it.each([['2号那条不用记'], ['12.2那条不用记'], ['周三那条不用记'], ['上周三的那条不用记']])(
    '王芳, a question waiting on items of 12-01 and 12-03: 「%s」 → 卡片上没有…的记录, nothing taken off or stored',
    async (text) => {
      await say('王芳', ASKED);
      expect(lastText()).toMatch(/是哪类活动/);
      const answer = await answerText('王芳', text);
      expect(answer).toMatch(/卡片上没有.{2,6}的记录（这条消息里的是12月1日、12月3日），没有去掉任何一条/);
      expect(answer).toMatch(/是哪类活动/);
      expect(rows()).toEqual([]);
    },
  );

  it('near-miss: items of 12-01 and 12-02 — 2号那条不用记 leaves the talk of the 2nd out, as before', async () => {
    await say('王芳', '12月1日 组织学习廉政信息\n12月2日 和胡军谈心谈话');
    const answer = await answerText('王芳', '2号那条不用记');
    expect(answer).toMatch(/已去掉「谈心谈话｜2026-12-02/);
    expect(rows()).toEqual([]);
  });

  // Round 66 (gfd; t68b): on a card numbered 1 and 2, 2号 may be record 2 — asked 「是指第2条…吗？」, nothing taken before 是.
  it('on a 确认 card of 12-01 and 12-03: 2号那条不用记 is asked (是指第2条) and the card kept; 3号那条 takes the 3rd off', async () => {
    await say('李明', '12月1日 和胡军谈心谈话\n12月3日 和王芳廉政谈话');
    const asked = await answerText('李明', '2号那条不用记');
    expect(asked).toMatch(/是指第2条（廉政谈话｜2026-12-03/);
    expect(asked).toMatch(/卡片上没有2号的记录（这条消息里的是12月1日、12月3日）/);
    expect(rows()).toEqual([]);
    expect(await answerText('李明', '3号那条不用记')).toMatch(/已去掉第2条（廉政谈话｜2026-12-03/);
    await say('李明', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'liming', 'hujun']]);
  });
});
