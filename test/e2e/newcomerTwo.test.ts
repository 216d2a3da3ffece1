// A second newcomer's findings over HTTP (issue 10): deeds not held, one talk told by both sides, counts of activities, recalls, list lines.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;
async function recall(messageId: string): Promise<void> {
  await chat.t.redeliver(chat.t.emulator.recallEvent({ messageId }));
  await chat.t.running.drain();
}

describe('a deed said not to have taken place', () => {
  it.each([
    ['陈志强', '今天和冯雪的廉政谈话延期了'],
    ['王建国', '今天和孙丽的廉政谈话推迟到下周了'],
    ['陈志强', '今天和冯雪的廉政谈话没谈成'],
    ['陈志强', '今天和冯雪的廉政谈话取消了'],
    ['王磊', '昨天的警示教育没开成'],
  ])('%s「%s」 records nothing and says so plainly', async (from, text) => {
    await say(from, text);
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('没有进行');
    expect(lastText()).toContain('没有记录');
  });

  it('inside a longer report, only that clause is left out, and the card names it', async () => {
    await say('周涛', '今天上午组织学习了《廉洁自律准则》，下午和张颖的谈心谈话取消了');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*廉政教育[\s\S]*谈心谈话没有进行/);
    await say('周涛', '确认');
    expect(activities()).toMatchObject([{ type: 'edu_integrity', date: '2026-12-01' }]);
  });
});

describe('one talk or signing told by both sides of the pair', () => {
  it('王建国 telling the talk 李明 recorded is asked whose record it is, and 取消 keeps one', async () => {
    // 李明's report of it is held by his superior: a card, then the talk is 王建国's with 李明.
    await say('李明', '今天和王建国副理事长进行了廉政谈话');
    await say('李明', '确认');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', actorId: 'wangjianguo', counterpartIds: ['liming'] }]);
    await say('王建国', '今天和李明进行了廉政谈话');
    expect(lastText()).toContain('李明已记录了今天与您的廉政谈话，仍要再记一条吗？');
    expect(activities()).toHaveLength(1);
    await say('王建国', '取消');
    expect(activities()).toHaveLength(1);
  });

  it('a 签订责任书 told the other way round, on another day named, is asked too', async () => {
    await say('张伟', '11月20日和王建国签订了党风廉政建设责任书');
    await say('王建国', '11月20日和张伟书记签订了党风廉政建设责任书');
    expect(lastText()).toContain('张伟已记录了11月20日与您签订的责任书，仍要再记一条吗？');
    expect(activities()).toHaveLength(1);
  });

  it('the same pair on another day, or another type, is no duplicate', async () => {
    await say('李明', '昨天和王建国副理事长进行了廉政谈话');
    await say('李明', '确认');
    await say('王建国', '今天和李明进行了廉政谈话');
    await say('王建国', '今天和李明进行了谈心谈话');
    expect(activities()).toHaveLength(3);
  });
});

describe('a stated number of activities', () => {
  it('两次 with no day asks for both; one day answered asks the other; 只记这些 records one and says the other was not', async () => {
    await say('林晓', '11月份开展了两次作风纪律检查');
    expect(lastText()).toContain('共 2 次作风纪律检查，分别是哪几天？');
    await say('林晓', '11月5日');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('还有 1 次作风纪律检查是哪一天？');
    await say('林晓', '只记这些');
    expect(activities()).toMatchObject([{ type: 'inspect_style', date: '2026-11-05' }]);
    expect(lastText()).toContain('另有 1 次作风纪律检查没有给出日期，未记录');
  });

  it('3篇 answered with three days gives three records', async () => {
    await say('李明', '11月报送信息3篇');
    await say('李明', '11月3日、11月10日、11月17日');
    expect(activities().map((a) => [a.type, a.date])).toEqual([
      ['report_info', '2026-11-03'],
      ['report_info', '2026-11-10'],
      ['report_info', '2026-11-17'],
    ]);
  });
});

describe('recalls', () => {
  it('(a) recalling the ORIGINAL report an answer completed withdraws the record and says so', async () => {
    const report = await say('王建国', '和李明主任进行了廉政谈话');
    await say('王建国', '昨天');
    expect(activities()).toHaveLength(1);
    await recall(report);
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/您撤回了上报消息，对应的 1 条记录已撤销/);
  });

  it('(a) recalling the original report of a 确认 card reached through an answer withdraws what 确认 recorded', async () => {
    const report = await say('孙杰', '党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    await say('孙杰', '11月9日');
    await say('孙杰', '确认');
    expect(activities()).toHaveLength(1);
    await recall(report);
    expect(activities()).toHaveLength(0);
  });

  it('(b) recalling a report whose 确认 card waits drops it, says so, and a later 确认 records nothing', async () => {
    const report = await say('孙杰', '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    expect(lastText()).toContain('请确认');
    await recall(report);
    expect(lastText()).toContain('这条还在等待确认或回答的上报已放弃，没有记录任何内容');
    await say('孙杰', '确认');
    expect(activities()).toHaveLength(0);
  });

  it('(b) recalling a report still waiting for an answer drops it too', async () => {
    const report = await say('王建国', '和李明主任进行了廉政谈话');
    await recall(report);
    expect(lastText()).toContain('已放弃');
    await say('王建国', '昨天');
    expect(activities()).toHaveLength(0);
  });

  it('(c) recalling an image attached as evidence detaches it (audited) and says so; the record stays', async () => {
    await say('王建国', '今天和李明主任进行了廉政谈话');
    const { envelope } = await chat.t.say('王建国', '', { messageType: 'image', content: { image_key: 'img_v3_signin' } });
    await chat.t.running.drain();
    expect(activities()[0]!.evidence).toHaveLength(1);
    await recall((envelope.event as { message: { message_id: string } }).message.message_id);
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.evidence ?? []).toHaveLength(0);
    expect(lastText()).toContain('您撤回了作为证据的图片或文件，已从以下记录的证据中移除');
    const audit = chat.t.running.store.read((db) => db.audit.filter((e) => e.action === 'update'));
    expect(audit.at(-1)).toMatchObject({ reason: 'recalled' });
  });
});

describe('guessed names and days', () => {
  it('「吴静静」 is asked, with 吴静 to tap, never recorded as 吴静', async () => {
    await say('张伟', '今天和吴静静进行了廉政谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('「吴静静」是哪一位？');
    expect(lastText()).toContain('吴静');
    await say('张伟', '吴静');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', counterpartIds: ['wujing'] }]);
  });

  it('「王建过副理事长」 is asked once, the one of the surname first', async () => {
    await say('张伟', '今天和王建过副理事长进行了廉政谈话');
    expect(lastText()).toContain('「王建过副理事长」是哪一位？');
    await say('张伟', '王建国');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', counterpartIds: ['wangjianguo'] }]);
    expect(chat.t.texts().filter((x) => x.includes('是哪一位'))).toHaveLength(1);
  });

  it('a day corrected in the same message wins (after 确认: issue 10, k12); a notice of a talk gets the plan reply', async () => {
    await say('赵敏', '昨天和王磊进行了廉政谈话，不对，是前天');
    expect(activities()).toHaveLength(0);
    await say('赵敏', '确认');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', date: '2026-11-29', counterpartIds: ['wanglei'] }]);
    await say('陈志强', '昨天通知冯雪今天进行廉政谈话');
    expect(activities()).toHaveLength(1);
    expect(lastText()).toContain('计划安排');
  });
});

describe('a list line never vanishes', () => {
  it('孙丽’s five-item list: the card names the plan and the question by the member’s numbers', async () => {
    await say('孙丽', '财务科本月工作：\n1. 11月3日与王强进行廉政谈话\n2. 11月10日组织学习《廉洁自律准则》，参加6人\n3. 下周准备开展专项资金检查\n4. 帮我看看本月完成情况\n5. 11月24日开展财务风险点自查');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('第3条是计划安排，未记录');
    expect(lastText()).toContain('第4条是一个问题，未记录；请单独发送');
    await say('孙丽', '确认');
    expect(activities().map((a) => a.type)).toEqual(['talk_integrity', 'edu_integrity', 'report_self']);
  });
});
