// Over HTTP (q17, issue 10, round 17): a deed said done with no day is asked its day, not answered as a completion
// query (K1); a 「…情况：」 heading over weekday items is a report (K2); a day correction without 日期 reaches the
// 确认 card (K6); a bare 「收到」 is acknowledged.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 18:00 in Shanghai: after the reminders' hours, so a catch-up 逾期提醒 never lands between a message and its answer (it did under load in CI). */
const WEDNESDAY = new Date('2026-12-02T18:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('K1: a talk said done with no day is a report, asked its day', () => {
  it.each([
    ['郑华', '和陈静的谈心谈话已完成'],
    ['冯雪', '和赵磊的廉政谈话已完成'],
    ['王建国', '与孙丽的谈心谈话已做完'],
  ])('%s 「%s」 → 是哪一天进行的？', async (who, said) => {
    await say(who, said);
    expect(lastText()).toMatch(/是哪一天进行的/);
    expect(lastText()).not.toMatch(/完成情况/);
    expect(rows()).toEqual([]);
  });

  it('the answer 上周五 then records the talk on 11-27', async () => {
    await say('郑华', '和陈静的谈心谈话已完成');
    await say('郑华', '上周五');
    expect(rows()).toEqual([['talk_heart', '2026-11-27', 'zhenghua', 'chenjing']]);
  });

  it.each([['和陈静的谈心谈话完成了吗？'], ['和陈静的谈心谈话完成了没有'], ['和陈静的谈心谈话是否已完成']])('a completion question still asks: 「%s」', async (said) => {
    await say('郑华', said);
    expect(lastText()).not.toMatch(/是哪一天进行的/);
    expect(rows()).toEqual([]);
  });
});

describe('K2: a 「…情况：」 heading over weekday items is a report', () => {
  it('上周督查情况：周一 …；周三 …；周五 … → three inspections of last week on a card', async () => {
    await say('林晓', '上周督查情况：周一 办公室、财务科 考勤；周三 教育就业部 在岗在位；周五 维权部 会风会纪');
    expect(lastText()).not.toMatch(/完成情况|没有完全听懂/);
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(rows()).toEqual([]);
    await say('林晓', '确认');
    const checks = activities().map((a) => [a.type, a.date, a.actorId, (a.departmentIds ?? [a.departmentId]).join(',')]);
    expect(checks).toEqual([
      ['inspect_style', '2026-11-23', 'linxiao', 'office,finance'],
      ['inspect_style', '2026-11-25', 'linxiao', 'employment'],
      ['inspect_style', '2026-11-27', 'linxiao', 'rights'],
    ]);
  });

  it('dated items under the same heading still read: 11月23日 …；11月25日 …', async () => {
    await say('林晓', '上周督查情况：11月23日 办公室 考勤；11月25日 教育就业部 在岗在位');
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    expect(lastText()).toMatch(/2026-11-23[^\n]*办公室/);
    expect(lastText()).toMatch(/2026-11-25[^\n]*教育就业部/);
  });
});

describe('K6: a day correction without the word 日期', () => {
  it.each([['刚才那条弄错了，应该是昨天'], ['搞错了，是昨天谈的']])('「%s」 → the 确认 card, moved to 12-01 after 确认', async (said) => {
    await say('王磊', '今天和杨帆谈心谈话');
    expect(rows().map((r) => r[1])).toEqual(['2026-12-02']);
    await say('王磊', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(rows().map((r) => r[1])).toEqual(['2026-12-02']);
    await say('王磊', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-12-01']);
  });
});

describe('收到 alone is acknowledged', () => {
  it.each([["收到"], ["收到。"], ["收到，我们部门这周抓紧落实"]])('「%s」 → a short acknowledgement', async (said) => {
    await say('郑华', said);
    expect(lastText()).not.toMatch(/没看懂/);
    expect(lastText().length).toBeLessThan(12);
    expect(rows()).toEqual([]);
  });
});
