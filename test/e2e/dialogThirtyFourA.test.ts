// Round 34a (issue 10): dialog leftovers named at the last stop.
// - 「「办公室科员」是哪一位？」 [王芳][胡军] answered 「王芳和胡军两个人都谈了」 (t33c A18b) was read as a new report and the
//   waiting report dropped. Several offered people named (or 两个都是 / 都谈了) are the answer: each gets the record; a name
//   not offered asks again, never a new report.
// - 「和张颖的谈心谈话不用再记一条了」 (and 不用记录 / 不要记 / 别再记了) with nothing waiting was asked as a new talk (r3); it
//   withdraws that record as 「孙丽的廉政谈话不用记」 does. Two such clauses in one message got the general fallback; each is
//   now withdrawn, or said why not.
// - A request to look something up (帮我看看 · 查一下 · 麻烦查查) the query reader cannot read, beside deeds, was dropped without
//   a word (r2); alone it got a bare 没看懂. Beside deeds it is now named as not understood; alone the reply lists what
//   can be looked up.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

/** 李明's talk with 「办公室科员」, asked which one with 王芳 and 胡军 offered. */
async function asked(): Promise<void> {
  await say('李明', '11月27日与办公室科员进行了谈心谈话');
  expect(lastText()).toContain('「办公室科员」是哪一位？');
  expect(rows()).toEqual([]);
}

const BOTH = [
  ['talk_heart', '2026-11-27', 'liming', 'wangfang'],
  ['talk_heart', '2026-11-27', 'liming', 'hujun'],
];

describe('an answer naming several of the people offered', () => {
  it.each(['王芳和胡军两个人都谈了', '王芳、胡军都谈了', '是王芳和胡军两位', '两个都是', '都谈了'])('「%s」 gives each their talk, nothing dropped', async (answer) => {
    await asked();
    await say('李明', answer);
    expect(lastText()).not.toContain('已放弃');
    expect(lastText()).not.toContain('哪类活动');
    expect(rows()).toEqual(BOTH);
  });

  it('a name not offered is asked again, the waiting report kept; then the right names record it', async () => {
    await asked();
    await say('李明', '王芳和李娟');
    expect(lastText()).toContain('「李娟」不在这次可选的人里（王芳、胡军）');
    expect(lastText()).toContain('「办公室科员」是哪一位？');
    expect(rows()).toEqual([]);
    await say('李明', '王芳和胡军');
    expect(rows()).toEqual(BOTH);
  });

  it('near-miss: one name is the one talk, as before', async () => {
    await asked();
    await say('李明', '王芳');
    expect(rows()).toEqual([BOTH[0]]);
  });

  it('near-miss: a report of its own with a day and a kind is still a new report', async () => {
    await asked();
    await say('李明', '11月28日和孙丽进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-28', 'liming', 'sunli']]);
  });
});

describe('不用再记 and its like, with nothing waiting', () => {
  const TWO = [
    ['talk_heart', '2026-11-27', 'liufang', 'zhoutao'],
    ['talk_heart', '2026-11-27', 'liufang', 'zhangying'],
  ];

  it.each(['和张颖的谈心谈话不用再记一条了', '和张颖的谈心谈话不用记录', '张颖的谈心谈话不要记', '和张颖那条别再记了'])('「%s」 withdraws that talk, no new talk asked', async (words) => {
    await say('刘芳', '11月27日和周涛、张颖进行了谈心谈话');
    expect(rows()).toEqual(TWO);
    await say('刘芳', words);
    expect(lastText()).toContain('已撤销：谈心谈话｜2026-11-27');
    expect(lastText()).not.toContain('是哪一天');
    expect(rows()).toEqual([TWO[0]]);
  });

  it('two such clauses: each record withdrawn, named one by one', async () => {
    await say('王建国', '11月30日和李明、孙丽签订了责任书，并进行了廉政谈话');
    await say('王建国', '确认');
    expect(rows()).toHaveLength(4);
    await say('王建国', '孙丽的廉政谈话不用记，李明的廉政谈话也不用再记了');
    expect(lastText()).toMatch(/1\. 已撤销：廉政谈话｜2026-11-30[^\n]*孙丽/);
    expect(lastText()).toMatch(/2\. 已撤销：廉政谈话｜2026-11-30[^\n]*李明/);
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-30', 'wangjianguo', 'liming'],
      ['pledge_sign', '2026-11-30', 'wangjianguo', 'sunli'],
    ]);
  });

  it('two clauses, one naming nothing of the latest report: the other withdrawn, the missing one said', async () => {
    await say('刘芳', '11月27日和周涛、张颖进行了谈心谈话');
    await say('刘芳', '和张颖的谈心谈话不用再记了，王强那条也不用记');
    expect(lastText()).toContain('1. 已撤销：谈心谈话｜2026-11-27');
    expect(lastText()).toContain('2. 您最近一次上报');
    expect(lastText()).toContain('没有找到「王强」');
    expect(lastText()).toContain('如要撤销更早的记录');
    expect(rows()).toEqual([TWO[0]]);
  });

  it('near-miss: 谈话内容不用记录 beside a talk is still that talk, recorded', async () => {
    await say('刘芳', '今天和张颖进行了谈心谈话，谈话内容不用记录');
    expect(rows()).toEqual([['talk_heart', '2026-11-30', 'liufang', 'zhangying']]);
  });
});

describe('a look-up request the query reader cannot read', () => {
  it.each(['11月27日和张颖进行了谈心谈话，帮我看看那个表怎么填', '11月27日和张颖进行了谈心谈话，查一下台账', '麻烦查一下那个事。11月27日和张颖进行了谈心谈话'])(
    '「%s」: the talk recorded and the request named, never dropped',
    async (text) => {
      const out = await chat.answerText('刘芳', text);
      expect(rows()).toEqual([['talk_heart', '2026-11-27', 'liufang', 'zhangying']]);
      expect(out).toMatch(/消息里的问题「[^」]+」我没能完全看懂/);
    },
  );

  it('alone, it is answered with what can be looked up', async () => {
    const out = await chat.answerText('刘芳', '查一下张颖');
    expect(out).toContain('「查一下张颖」要查的内容我没能看懂');
    expect(out).toContain('「我的任务」');
    expect(out).toContain('「组联部完成情况」');
    expect(rows()).toEqual([]);
  });

  it('near-misses: a request read whole is answered; 查一下考勤 beside a check tells of the check', async () => {
    const out = await chat.answerText('刘芳', '11月27日和张颖进行了谈心谈话，帮我查一下组联部的情况');
    expect(out).toContain('组联部的完成情况');
    expect(out).not.toContain('没能完全看懂');
    const check = await chat.answerText('林晓', '11月20日到财务科开展作风纪律检查，查一下考勤');
    expect(check).not.toContain('没能完全看懂');
    expect(rows()).toContainEqual(['inspect_style', '2026-11-20', 'linxiao', '']);
  });
});
