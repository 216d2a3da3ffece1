// Over HTTP: a field said changed (日期改成… · 人数改为…) while the bot asks the kind of a waiting report (round 33a, C1 step
// 3: 「没能把这条回复读成下面问题的答案」 although the same words on the 确认 card worked): the waiting report takes the change,
// says what changed, and asks the same question again; the hint for a reply read as nothing names 第2条 only while
// several records remain.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-12-03T19:30:00+08:00'));
// The first bot of a worker loads every module; on a loaded machine that alone passed the 20 s hook limit.

/** What the bot answered `from`'s message (its replies; the scheduler's broadcasts of the day left out). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

const STUDY_AND_SIGNING = '11月26日组织财务科学习《会计法》，参加4人；11月27日和王强签订了廉政承诺书';

describe('a field correction while 是哪类活动 waits', () => {
  it('C1: 第2条不用记, then 日期改成11月25日 moves the day, the kind asked again, then stored as corrected', async () => {
    expect(await reply('孙丽', STUDY_AND_SIGNING)).toMatch(/哪类活动/);
    expect(await reply('孙丽', '第2条不用记')).toMatch(/哪类活动/);
    const said = await reply('孙丽', '日期改成11月25日');
    expect(said).toContain('已按您的更正修改');
    expect(said).toContain('11-25');
    expect(said).toMatch(/哪类活动/);
    expect(said).not.toContain('没能把这条回复读成');
    // The department that held the study (6e: was none) is on the card and the record.
    const card = await reply('孙丽', '廉政教育');
    expect(card).toContain('请确认');
    expect(card).toContain('财务科');
    expect(chat.activities()).toHaveLength(0);
    await chat.say('孙丽', '确认');
    expect(chat.rows()).toEqual([['edu_integrity', '2026-11-25', 'sunli', '']]);
    expect(chat.activities()[0]!.attendees).toBe(4);
    expect(chat.activities()[0]!.departmentId).toBe('finance');
  });

  it('人数改为6人 to the same question changes the head count and asks again', async () => {
    expect(await reply('孙丽', '11月26日组织财务科学习《会计法》，参加4人')).toMatch(/哪类活动/);
    const said = await reply('孙丽', '人数改为6人');
    expect(said).toContain('已按您的更正修改');
    expect(said).toMatch(/哪类活动/);
    await chat.say('孙丽', '廉政教育');
    if (chat.activities().length === 0) await chat.say('孙丽', '确认');
    expect(chat.rows()).toEqual([['edu_integrity', '2026-11-26', 'sunli', '']]);
    expect(chat.activities()[0]!.attendees).toBe(6);
  });

  it('对象改成陈静 to the kind of an untyped talk changes whom, asks the kind again', async () => {
    expect(await reply('冯雪', '11月26日和赵磊谈了谈')).toMatch(/哪类/);
    const said = await reply('冯雪', '对象改成陈静');
    expect(said).toContain('已按您的更正修改');
    expect(said).toContain('陈静');
    expect(said).toMatch(/哪类/);
    await chat.say('冯雪', '谈心谈话');
    if (chat.activities().length === 0) await chat.say('冯雪', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-26', 'fengxue', 'chenjing']]);
  });

  it('near-miss: to 是哪一天, 「日期是11月25日」 is the answer itself', async () => {
    expect(await reply('王强', '和李娟进行了谈心谈话')).toMatch(/哪一天/);
    await chat.say('王强', '日期是11月25日');
    if (chat.activities().length === 0) await chat.say('王强', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-25', 'wangqiang', 'lijuan']]);
  });

  it('a reply read as nothing: 第2条 named in the hint only while two records wait', async () => {
    await chat.say('孙丽', STUDY_AND_SIGNING);
    const both = await reply('孙丽', '这个嘛，回头再说吧');
    expect(both).toContain('没能把这条回复读成下面问题的答案');
    expect(both).toContain('第2条');
    await chat.say('孙丽', '第2条不用记');
    const one = await reply('孙丽', '这个嘛，回头再说吧');
    expect(one).toContain('没能把这条回复读成下面问题的答案');
    expect(one).not.toContain('第2条');
    expect(one).toContain('日期改成');
  });
});
