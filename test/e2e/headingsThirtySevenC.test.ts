// Round 37 (fjc, issue 10) in the dialog: a heading naming a body the sender does not lead (本周机关党委开展了以下工作：) gives
// its subjectless items to the body's head on the 确认 card, never the clerk (t36c F5); a title of an account naming a part
// of the month not over (康复部12月上旬工作： · …12月上旬…台帐, on 12-04) is no plan line on the card (t36c F4, t36b F1).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: 12月上旬 not over; before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;

const records = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.title ?? '', a.attendees ?? '']);

describe('headings: whose items, and never a plan line', () => {
  it('胡军 under 本周机关党委开展了以下工作： — the unit-wide 自查 is 赵敏’s on the card, stored so after 确认', async () => {
    await say('胡军', '各位领导：本周机关党委开展了以下工作：\n一是12月1日赵敏书记主持召开机关党委会议，专题研究党风廉政建设工作；\n二是12月2日组织开展党风廉政建设责任制落实情况自查，由各部室对照清单逐项梳理；\n三是12月3日赵敏书记带队到康复中心开展节前廉洁检查。');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('您本人');
    await say('胡军', '确认');
    expect(records()).toEqual([
      ['meeting_special', '2026-12-01', 'zhaomin', '', '', ''],
      ['report_self', '2026-12-02', 'zhaomin', '', '', ''],
      ['inspect_style', '2026-12-03', 'zhaomin', '', '', ''],
    ]);
  });

  it('王芳 under 机关纪委…工作台账 — who led the check is asked (黄志刚 first); never stored as hers', async () => {
    await say('王芳', '机关纪委12月上旬工作台账\n12月1日 对财务科开展考勤检查');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('是谁带队检查的');
    expect(lastText()).toContain('黄志刚');
    await say('王芳', '黄志刚');
    if (activities().length === 0) await say('王芳', '确认');
    expect(records()).toEqual([['inspect_style', '2026-12-01', 'huangzhigang', '', '', '']]);
  });

  it('吴静’s 康复部12月上旬工作：1.… 2.… 3.… on one line — three records, no 计划安排 on the card', async () => {
    await say('吴静', '康复部12月上旬工作：1.12月1日开展廉政教育，…应到5人，实到5人 2.12月2日与刘洋进行连政谈话 3.12月3日参加刘芳副理事长讲授的廉政党课《守住底线》');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('计划安排');
    await say('吴静', '确认');
    expect(records()).toEqual([
      ['edu_integrity', '2026-12-01', 'wujing', '', '', 5],
      ['talk_integrity', '2026-12-02', 'wujing', 'liuyang', '', ''],
      ['edu_lecture', '2026-12-03', 'liufang', '', '守住底线', ''],
    ]);
  });

  it('孙丽’s pasted 财务科12月上旬党风廉政建设台帐 — no 计划安排 on the card', async () => {
    await say('孙丽', '财务科12月上旬党风廉政建设台帐\n序号\t日期\t内容\t参加人员\n1\t12月1日\t组织全科观看警示教育片《围猎》\t6人\n2\t12月2日\t与王强谈心谈话\n3\t12月3日\t开展财务报销专项自查');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('计划安排');
    await say('孙丽', '确认');
    expect(activities()).toHaveLength(3);
  });

  it('a plan heading still holds its plans: 下一步打算 named on the card as not recorded', async () => {
    await say('周涛', '组联部12月上旬工作：\n1.12月1日组织学习《廉洁自律准则》\n下一步打算：\n1.12月中旬与张颖进行廉政谈话');
    expect(lastText()).toContain('「下一步打算」所列各项是计划安排，未记录');
  });
});
