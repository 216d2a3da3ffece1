// Over HTTP (t30f §1.14, issue 10): edits typed on a 确认 card of several records that were answered 「这条消息没有记录」:
// a kind said the other way round (第5条是廉政教育，不是检查), a doer (第2条活动人是陈静 · 第4条是我报送的，不是郑华部长),
// 第N条也删掉, and several records dropped at once (第5条和第6条删掉, which left out only 第5条).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { activities, lastText, rows, say } = chat;

/** A clerk's department list of six records, each 郑华's (the heading's department head's) on the card. */
const LIST =
  '教育就业部11月工作情况：\n1. 11月10日郑华部长与陈静开展廉政提醒谈话；\n2. 11月24日部门自查完成并形成自查报告；\n3. 11月25日组织观看警示教育片《警钟》，参加6人；\n4. 11月27日向机关纪委报送廉政信息1篇；\n5. 11月26日开展作风纪律检查；\n6. 11月28日组织学习《廉洁自律准则》。';

const stored = () => activities().map((a) => [a.type, a.date, a.actorId]);

describe('a kind and a doer changed in words on the card', () => {
  it('puts the kind said before 不是, and the doer labelled or said with the deed', async () => {
    await say('陈静', LIST);
    expect(rows()).toEqual([]);
    await say('陈静', '第5条是廉政教育，不是检查');
    expect(lastText()).not.toMatch(/这条消息没有记录/);
    expect(lastText()).toMatch(/廉政教育/);
    await say('陈静', '第4条是我报送的，不是郑华部长');
    expect(lastText()).not.toMatch(/这条消息没有记录/);
    await say('陈静', '第2条活动人是陈静');
    expect(lastText()).not.toMatch(/这条消息没有记录/);
    expect(rows()).toEqual([]);
    await say('陈静', '确认');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-11-10', 'zhenghua'],
      ['report_self', '2026-11-24', 'chenjing'],
      ['edu_warning', '2026-11-25', 'zhenghua'],
      ['report_info', '2026-11-27', 'chenjing'],
      ['edu_integrity', '2026-11-26', 'zhenghua'],
      ['edu_integrity', '2026-11-28', 'zhenghua'],
    ]);
  });

  it('refuses the talk\'s other party as its doer, the card unchanged', async () => {
    await say('陈静', LIST);
    await say('陈静', '第1条是陈静谈的');
    expect(lastText()).toMatch(/谈话对象/);
    await say('陈静', '确认');
    expect(stored()[0]).toEqual(['talk_integrity', '2026-11-10', 'zhenghua']);
  });
});

describe('records left out: 也删掉, and several at once', () => {
  it('drops 第5条 and 第6条 together, then 第4条 with 也', async () => {
    await say('陈静', LIST);
    await say('陈静', '第5条和第6条删掉');
    expect(lastText()).toMatch(/已去掉第5条/);
    expect(lastText()).toMatch(/第6条/);
    await say('陈静', '第4条也删掉');
    expect(lastText()).toMatch(/已去掉第4条/);
    expect(rows()).toEqual([]);
    await say('陈静', '确认');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-11-10', 'zhenghua'],
      ['report_self', '2026-11-24', 'zhenghua'],
      ['edu_warning', '2026-11-25', 'zhenghua'],
    ]);
  });

  it('says a number beyond the card, and will not drop every record (that is 取消)', async () => {
    await say('陈静', LIST);
    await say('陈静', '第6条和第8条删掉');
    expect(lastText()).toMatch(/没有第8条/);
    await say('陈静', '第1、2、3、4、5、6条都删掉');
    expect(lastText()).toMatch(/取消/);
    await say('陈静', '确认');
    expect(stored()).toHaveLength(6);
  });
});

describe('t30f §1.6: plans in a 完成情况 paragraph, and 「X是12月的计划，还没做」', () => {
  it('a 12月计划： heading mid-paragraph holds both plans after it: nothing asked, the 自查 shown as 郑华\'s', async () => {
    await say('陈静', '教育就业部12月工作安排及11月完成情况：11月已完成：11月10日郑华部长与陈静开展廉政提醒谈话；11月24日部门自查完成并形成自查报告。12月计划：12月10日前组织观看警示教育片，12月中旬报送年度调研报告。');
    expect(lastText()).not.toMatch(/是哪一天进行的/);
    expect(rows()).toEqual([]);
    await say('陈静', '确认');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-11-10', 'zhenghua'],
      ['report_self', '2026-11-24', 'zhenghua'],
    ]);
  });

  it('the answer naming the asked item\'s kind and month leaves it out, never a completion query', async () => {
    // 近期 may be past or to come: asked. (12月中旬报送… is a plan since round 31, named on the card: the next test.)
    await say('陈静', '11月24日部门自查完成，近期报送年度调研报告。');
    expect(lastText()).toMatch(/是哪一天/);
    await say('陈静', '调研报告是12月的计划，还没做');
    expect(lastText()).not.toMatch(/完成情况|没有完全听懂/);
    if (rows().length === 0) await say('陈静', '确认');
    expect(stored()).toEqual([['report_self', '2026-11-24', 'zhenghua']]);
  });

  it('a 报送 in a coming 中旬 (12月中旬报送年度调研报告) is a plan named on the card, never asked its day', async () => {
    await say('陈静', '11月24日部门自查完成，12月中旬报送年度调研报告。');
    expect(lastText()).not.toMatch(/是哪一天/);
    expect(lastText()).toMatch(/计划安排/);
    await say('陈静', '确认');
    expect(stored()).toEqual([['report_self', '2026-11-24', 'zhenghua']]);
  });
});
