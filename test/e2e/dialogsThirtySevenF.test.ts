// Over HTTP (issue 10, round 37 fjf; found by t36b and t36c): the dialogs a member trips over.
// - 确认 on a card whose every record is already there adds nothing and closes the card, said so (t36c F13: the card
//   stayed and asked 仍要记录/取消); on the 可能重复 card of one, a typed 确认 no longer stores the repeat (t36b F1), only
//   仍要记录 · 再记一条 (or 是的, the question's yes) do, as the card's hint says.
// - 「第2条活动人是赵敏，对象是何平」 while 和谁谈的 waits corrects record 2 (was: read as the answer, 赵敏 the one talked to);
//   「修改，第2条是我和何平谈的，活动人是我」 too (was: 「这条消息没有记录」).
// - 「…与李名主任…」 offers 「是不是李明？」 (was: only 不在名单里); a tap or 是的 answers, nothing is stored before.
// - 「参加人数：5」 taken by a record is not named as 「消息里的「5」没有对应到任何记录」.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const chat = useChatBot(new Date('2026-12-03T18:00:00+08:00'));
const { lastText, rows, say, offered } = chat;

describe('确认 on a card whose every record is already there (t36c F13)', () => {
  it('刘洋 after 吴静 recorded the talk: 确认 closes the card, nothing added, and nothing waits after it', async () => {
    await say('吴静', '前天找刘洋进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'wujing', 'liuyang']]);
    await say('刘洋', '吴部长前天找我进行了廉政谈话');
    expect(lastText()).toMatch(/吴静已记录了12月1日与您的廉政谈话，仍要再记一条吗？/);
    await say('刘洋', '确认');
    expect(lastText()).toMatch(/吴静已经记录了这一次，同一次只记一次，这次没有再记，什么也没有添加，这条上报已结束/);
    expect(lastText()).not.toMatch(/否则回复「取消」/);
    expect(rows()).toHaveLength(1);
    await say('刘洋', '取消');
    expect(lastText()).not.toMatch(/已取消这条上报/);
  });

  it('李明 relaying the 分管科室会议 孙丽 relayed: 确认 closes it with nothing added', async () => {
    const meeting = '11月27日王建国副理事长主持召开分管科室会议，办公室、财务科参加，共7人';
    await say('孙丽', meeting);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['meeting_dept', '2026-11-27', 'wangjianguo', '']]);
    await say('李明', meeting);
    // Round 42 (fod, t41a F23): a same-doer same-day record another member reported is named with its reporter.
    expect(lastText()).toMatch(/孙丽已记录了11月27日王建国的分管科室党风廉政建设工作会议，仍要再记一条吗？/);
    await say('李明', '确认');
    expect(lastText()).toMatch(/这条已有相同记录，同一次只记一次，这次没有再记，什么也没有添加/);
    expect(rows()).toHaveLength(1);
  });

  it('near-miss: a list with one repeat still records the rest and names the repeat', async () => {
    await say('王建国', '11月20日和李明主任进行了廉政谈话');
    await say('王建国', '1. 11月20日和李明主任进行了廉政谈话\n2. 11月23日和孙丽进行了廉政谈话');
    await say('王建国', '确认');
    expect(lastText()).toMatch(/已记录 1 项[\s\S]*第1条已有一条相同记录，同一次只记一次，没有再记/);
    expect(rows()).toHaveLength(2);
  });
});

describe('the 可能重复 card of one answers typed words as its hint says (t36b F1)', () => {
  const talk = '前天与张颖进行了谈心谈话';

  it.each(['确认', '对', '好的'])('周涛 typing 「%s」 stores no second talk', async (word) => {
    await say('周涛', talk);
    await say('周涛', talk);
    expect(lastText()).toMatch(/已有一条相同记录，仍要再记一条吗？/);
    // Round 66, gfi (t69a FB2): the hint words changed; what each reply does is still said.
    expect(lastText()).toMatch(/要再记一条：请点「仍要记录」或回复「再记一条」。不用再记：请点「取消」或回复「不用再记」[^]*回复「确认」「对」也不会再记/);
    expect(lastText()).not.toMatch(/也可以直接回复「确认」「对」或「取消」/);
    await say('周涛', word);
    expect(lastText()).toMatch(/已有相同记录[\s\S]*什么也没有添加/);
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'zhoutao', 'zhangying']]);
  });

  it.each(['仍要记录', '再记一条', '是的'])('周涛 typing 「%s」 records a second talk', async (word) => {
    await say('周涛', talk);
    await say('周涛', talk);
    await say('周涛', word);
    expect(rows()).toHaveLength(2);
  });
});

describe('a 第N条 correction while 和谁谈的 waits (t36c F9 follow-up)', () => {
  const list = '1. 10月9日与王磊进行廉政谈话\n2. 10月10日进行了廉政谈话\n3. 11月20日与杨帆谈心谈话';
  const withDoer = '1. 10月9日与王磊进行廉政谈话\n2. 10月10日何平进行了廉政谈话\n3. 11月20日与杨帆谈心谈话';

  it('「第2条活动人是赵敏，对象是何平」: record 2 is 赵敏’s talk with 何平, on the card', async () => {
    await say('赵敏', list);
    expect(lastText()).toMatch(/和谁谈的/);
    await say('赵敏', '第2条活动人是赵敏，对象是何平');
    expect(lastText()).toMatch(/请确认[\s\S]*2\. 廉政谈话｜2026-10-10｜对象：何平/);
    await say('赵敏', '确认');
    expect(rows()).toContainEqual(['talk_integrity', '2026-10-10', 'zhaomin', 'heping']);
    expect(rows()).toHaveLength(3);
  });

  it('「修改，第2条是我和何平谈的，活动人是我」 to 何平是和谁谈的: the member’s talk with 何平', async () => {
    await say('赵敏', withDoer);
    expect(lastText()).toMatch(/何平是和谁谈的/);
    await say('赵敏', '修改，第2条是我和何平谈的，活动人是我');
    expect(lastText()).not.toMatch(/这条消息没有记录|没能把这条回复读成/);
    expect(lastText()).toMatch(/2\. 廉政谈话｜2026-10-10｜对象：何平[^\n]*活动人：您本人/);
    await say('赵敏', '确认');
    expect(rows()).toContainEqual(['talk_integrity', '2026-10-10', 'zhaomin', 'heping']);
  });

  it('「第2条是我和何平谈的」 alone: the same', async () => {
    await say('赵敏', withDoer);
    await say('赵敏', '第2条是我和何平谈的');
    await say('赵敏', '确认');
    expect(rows()).toContainEqual(['talk_integrity', '2026-10-10', 'zhaomin', 'heping']);
    expect(rows().some((r) => r[2] === 'heping')).toBe(false);
  });

  it('near-miss: a plain name answers 和谁谈的 as before', async () => {
    await say('赵敏', list);
    await say('赵敏', '何平');
    if (rows().length === 0) await say('赵敏', '确认');
    expect(rows()).toContainEqual(['talk_integrity', '2026-10-10', 'zhaomin', 'heping']);
  });

  it('near-miss: 「第2条不要」 still leaves record 2 out', async () => {
    await say('赵敏', list);
    await say('赵敏', '第2条不要');
    if (rows().length === 0) await say('赵敏', '确认');
    expect(rows().map((r) => r[3])).toEqual(['wanglei', 'yangfan']);
  });
});

describe('a name one character or sound off is offered (t36b F14)', () => {
  it('「…与李名主任…」 offers 是不是李明？; nothing is stored until the tap, which records the talk with 李明', async () => {
    const buttons = await offered('王建国', '上周五与李名主任开展了廉政谈话，提醒其严守财经纪律。');
    expect(buttons).toEqual(['李明', '不在名单里', '取消']);
    expect(lastText()).toMatch(/通讯录里找不到「李名」。是不是李明（办公室主任）？/);
    expect(rows()).toHaveLength(0);
    await say('王建国', '李明');
    if (rows().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-27', 'wangjianguo', 'liming']]);
  });

  it('是的 to the one name offered answers it', async () => {
    await say('周涛', '11月26日与张影进行了谈心谈话，了解思想动态');
    expect(lastText()).toMatch(/是不是张颖/);
    await say('周涛', '是的');
    if (rows().length === 0) await say('周涛', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-26', 'zhoutao', 'zhangying']]);
  });

  it('near-miss: 王刚 (one off several, no title) offers no one, and 不在名单里 still leaves it out', async () => {
    const buttons = await offered('王建国', '11月25日和王刚进行了廉政谈话');
    expect(buttons).toEqual(['不在名单里', '取消']);
    await say('王建国', '不在名单里');
    expect(rows()).toHaveLength(0);
  });
});

describe('a head count taken is not named as left over (t36b F9b)', () => {
  it('冯雪’s 补报: the card shows 5人参加 and no 「5」 left over', async () => {
    await say('冯雪', '维权部工作台帐补报：上周五组织部门同志学习违规吃喝典型案例通报；前天与赵磊同志开展廉政谈话，随后签定了廉洁自律承诺书；昨天组织开展信访案件办理流程廉洁风险自查，参加人数：5。');
    expect(lastText()).toMatch(/5人参加/);
    expect(lastText()).not.toMatch(/「5」没有对应到任何记录/);
  });
});
