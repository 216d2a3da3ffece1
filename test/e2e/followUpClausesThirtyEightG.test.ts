// Round 38 (fkg; t38a F10, F5, F6, F8, F1): clauses that follow a deed. Who signed after a talk is its two sides (no 和谁
// asked, never the clerk's signing); a sitting's chair said last is no side of its signings; the lecturer named before
// 以“…”为题讲授 is the lecturer, and the answer to whose the film was fills the film only; someone else's report-back after a
// leader's check is no record. (The sender put as the other party of someone else's record on the card:
// cardCorrectionOtherHolder.test.ts.)
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 12:00 in Shanghai, when the tester sent them. */
const FRIDAY = new Date('2026-12-04T12:00:00+08:00');

// The first bot of a file loads its modules: started once beforehand, so no test's own start runs out of time under load.

const chat = useChatBot(FRIDAY);
const { activities, lastText, say, rows } = chat;

describe('who signed after a talk (F10, F5)', () => {
  it('两位同志 after 黄志刚\'s talk, sent by the clerk who took the minutes: his signings with both, on one card', async () => {
    await say('林晓', '前天下午，机关纪委书记黄志刚同志对新提任的财务科副科长王强和办公室科员胡军开展了任前廉政谈话，本人作记录。谈话结束后，两位同志现场签订了廉洁从政承诺书。');
    expect(lastText()).not.toMatch(/和谁/);
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'huangzhigang', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'huangzhigang', 'hujun'],
      ['pledge_sign', '2026-12-02', 'huangzhigang', 'wangqiang'],
      ['pledge_sign', '2026-12-02', 'huangzhigang', 'hujun'],
    ]);
  });

  it('谈话后我们双方签订 after 王建国 找我谈话: 王建国\'s signing with the sender', async () => {
    await say('李明', '上周五王建国副理事长找我进行了廉政谈话，谈话后我们双方签订了廉洁承诺书。本周二我又组织办公室全体人员观看了警示片“一念之差”，参加5人。');
    expect(activities()).toEqual([]);
    await say('李明', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-27', 'wangjianguo', 'liming'],
      ['pledge_sign', '2026-11-27', 'wangjianguo', 'liming'],
      ['edu_warning', '2026-12-01', 'liming', ''],
    ]);
  });
});

describe('a sitting\'s chair said last (F6)', () => {
  it('会议由赵敏同志主持 after the heads\' signings: the 12 signings, 赵敏 named as the chair', async () => {
    await say('胡军', '12月3日下午，机关召开2027年度党风廉政建设责任书签订会。会上，张伟书记与班子成员签订了责任书，随后班子成员分别与分管科室负责人签订了责任书。会议由赵敏同志主持，参会共21人。');
    expect(lastText()).toMatch(/赵敏是主持人/);
    expect(lastText()).not.toMatch(/不成立/);
    await say('胡军', '确认');
    expect(rows()).toHaveLength(12);
    expect(rows().filter((r) => r[3] === 'zhaomin').map((r) => r[2])).toEqual(['zhangwei']);
  });
});

describe('the lecturer before 以“…”为题 (F8)', () => {
  it('张伟 gave the 党课; the answer to whose the film was fills the film only', async () => {
    await say('王芳', '机关党委12月2日组织开展“清风廉韵”主题党日活动。活动由赵敏同志主持，党组书记张伟同志以“坚守廉洁底线 争做忠诚干净担当干部”为题讲授专题廉政党课。随后，全体党员集中观看了警示教育片《迷途》。机关党员应到32人，实到29人。');
    expect(lastText()).toMatch(/警示教育是谁的/);
    await say('王芳', '赵敏');
    if (activities().length === 0) await say('王芳', '确认');
    const got = activities().map((a) => [a.type, a.actorId, a.title, a.attendees]);
    expect(got).toEqual([
      ['edu_lecture', 'zhangwei', '坚守廉洁底线 争做忠诚干净担当干部', 29],
      ['edu_warning', 'zhaomin', '迷途', 29],
    ]);
  });
});

describe('someone else\'s report-back after a leader\'s visit (F1)', () => {
  it('会后，孙丽将整改情况向党组作了汇报: no 向党组报告 of 张伟\'s, no day asked', async () => {
    await say('王芳', '【工作动态】12月1日上午，党组书记、理事长张伟同志带队到财务科开展专项资金使用情况检查。张伟同志先后查阅了财务凭证和报销台账，随后与孙丽科长进行了廉政谈话，提醒其严守财经纪律。\n最后，张伟同志对财务科下一步工作提出要求。会后，孙丽将整改情况向党组作了汇报。');
    expect(lastText()).not.toMatch(/哪一天/);
    expect(lastText()).toMatch(/孙丽向党组汇报/);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['inspect_funds', '2026-12-01', 'zhangwei', ''],
      ['talk_integrity', '2026-12-01', 'zhangwei', 'sunli'],
    ]);
  });
});
