// Round 39 (flc, issue 10) in the dialog: a pasted 台账 whose 参加人员 column names the doer beside the one talked to is one
// talk on the card, never asked whose (t38b F1); a 日期⇥工作内容⇥负责人⇥备注 table under its …工作记录 title gives each row its
// 负责人, no 计划安排 named (t38b F10); a clerk's …完成情况 table gives its subjectless rows to her head (t38b F5); a counted
// day–person list in a （一） item keeps its first pair, never asked back (t38b F4).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: 12月上旬 not over; before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;

const records = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.attendees ?? '']);

describe('pasted tables and marked counted lists', () => {
  it('王芳’s 办公室…台账 with a 参加人员 column — one card, 李明’s talk with 胡军, the 信息 李明’s', async () => {
    await say('王芳', '办公室11月党风廉政建设台账\n日期\t活动内容\t参加人员\t人数\n11月5日\t李明主任与胡军谈心谈话\t李明、胡军\t2\n11月18日\t组织科室人员学习《中国共产党纪律处分条例》\t办公室全体\t5\n11月26日\t报送廉政信息1篇\t\t');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('是谁的');
    await say('王芳', '确认');
    expect(records()).toEqual([
      ['talk_heart', '2026-11-05', 'liming', 'hujun', ''],
      ['edu_integrity', '2026-11-18', 'liming', '', 5],
      ['report_info', '2026-11-26', 'liming', '', ''],
    ]);
  });

  it('林晓’s 机关纪委12月上旬工作记录 table — the check 黄志刚’s, no 计划安排 on the card', async () => {
    await say('林晓', '机关纪委12月上旬工作记录\n日期\t工作内容\t负责人\t备注\n12月1日\t对组联部开展元旦春节前作风纪律检查\t黄志刚\t林晓参加\n12月2日\t与周涛谈心谈话\t林晓\t\n12月3日\t向党组报送机关纪委11月工作信息\t林晓\t1篇');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('计划安排');
    await say('林晓', '确认');
    expect(records()).toEqual([
      ['inspect_style', '2026-12-01', 'huangzhigang', '', ''],
      ['talk_heart', '2026-12-02', 'linxiao', 'zhoutao', ''],
      ['report_info', '2026-12-03', 'linxiao', '', ''],
    ]);
  });

  it('李娟’s 财务科…完成情况 table — the 自查 孙丽’s on the card, never 您本人', async () => {
    await say('李娟', '财务科11月廉政工作完成情况\n序号\t日期\t内容\t参加人数\n1\t2026/11/4\t孙丽科长与王强副科长签订党风廉政建设责任书\t\n2\t2026/11/17\t科室集中学习《廉洁自律准则》\t3\n3\t2026/11/25\t开展专项资金使用情况自查\t3');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('您本人');
    await say('李娟', '确认');
    expect(records().map((r) => r[2])).toEqual(['sunli', 'sunli', 'sunli']);
  });

  it('何平’s （一）共开展谈心谈话3次：… — the three talks kept, only the signings’ day asked', async () => {
    await say('何平', '康复中心11月党风廉政建设工作情况：\n（一）共开展谈心谈话3次：11月5日与徐辉，11月12日与孙杰，11月19日与徐辉。\n（二）11月26日中心召开党风廉政建设工作会议，赵敏书记出席并讲话，中心全体职工参加。\n（三）组织签订廉洁从业承诺书，与孙杰、徐辉分别签订。');
    expect(lastText()).not.toContain('和谁谈的');
    expect(lastText()).toContain('哪一天');
  });
});
