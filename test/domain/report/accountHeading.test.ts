// Round 37 (t36c F4, t36b F1): a title of an account of work naming a period not over (康复部12月上旬工作： on 12-04 ·
// 财务科12月上旬党风廉政建设台帐) was named on the card as 「开头一行是计划安排，未记录」. It is a heading; plan headings keep theirs.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { headsAccount } from '../../../src/domain/report/accountHeading.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string, now: string) =>
  parseReport(text, { now: new Date(now), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });
const remarks = (from: string, text: string, now: string) => (read(from, text, now) ?? []).flatMap((r) => r.remarks);

const DEC_4 = '2026-12-04T10:00:00+08:00';
const NOV_30 = '2026-11-30T10:00:00+08:00';

describe('headsAccount', () => {
  it.each([
    '康复部12月上旬工作:',
    '财务科12月上旬党风廉政建设台帐',
    '财务科12月上旬廉政工作台账（摘录）',
    '组联部12月中旬党风廉政建设工作小结:',
    '中心第四季度党风廉政建设工作情况:',
    '教育就业部本月工作情况如下:',
    '宣文部12月上旬党风廉政建设情况汇报',
    '办公室12月上旬工作总结（12.1-12.4）:',
    '各位领导:康复部12月上旬工作如下:',
    '本周机关党委开展了以下工作:',
    '12月上旬分管部门党风廉政建设工作开展情况:',
    // round 39 (t38b F10): a 工作记录 titles an account too.
    '机关纪委12月上旬工作记录',
    '财务科12月上旬廉政工作记录:',
  ])('%s is an account title', (line) => expect(headsAccount(line)).toBe(true));

  it.each([
    '康复部12月工作安排:',
    '本周安排:',
    '下一步打算:',
    '12月上旬工作计划:',
    '12月上旬组织全体人员观看警示教育片',
    '康复部12月上旬开展廉政教育工作',
    '12月中旬将开展廉政谈话工作',
    '12月上旬,组织开展廉政教育工作',
  ])('%s is no account title', (line) => expect(headsAccount(line)).toBe(false));
});

describe('an account title naming a period not over is no plan line', () => {
  it.each([
    ['吴静', '康复部12月上旬工作：1.12月1日开展廉政教育，…应到5人，实到5人 2.12月2日与刘洋进行连政谈话 3.12月3日参加刘芳副理事长讲授的廉政党课《守住底线》', DEC_4, 3],
    ['孙丽', '财务科12月上旬党风廉政建设台帐\n序号\t日期\t内容\t参加人员\n1\t12月1日\t组织全科观看警示教育片《围猎》\t6人\n2\t12月2日\t与王强谈心谈话\n3\t12月3日\t开展财务报销专项自查', DEC_4, 3],
    ['周涛', '组联部12月上旬党风廉政建设工作小结：\n1.12月1日组织部门全体人员学习《中国共产党纪律处分条例》，参加6人；\n2.12月3日与张颖进行谈心谈话。', DEC_4, 2],
    ['王磊', '宣文部12月上旬党风廉政建设情况汇报\n一、12月1日组织学习《廉洁自律准则》\n二、12月3日与杨帆谈心谈话', DEC_4, 2],
    ['吴静', '各位领导：康复部12月上旬工作如下：\n1.12月1日组织观看警示教育片《围猎》\n2.12月2日与刘洋进行廉政谈话', DEC_4, 2],
    ['孙丽', '财务科12月上旬廉政工作台账（摘录）\n12月1日 组织全科观看警示教育片《围猎》\n12月3日 与李娟谈心谈话', DEC_4, 2],
    ['黄志刚', '机关纪委12月上旬工作：\n1.12月1日对财务科开展考勤检查\n2.12月3日对康复中心开展公务用车检查', DEC_4, 2],
    ['吴静', '康复部11月下旬工作：1.11月23日开展廉政教育，应到5人，实到5人 2.11月24日与刘洋进行廉政谈话', NOV_30, 2],
    ['李明', '办公室11月下旬工作总结（11.23-11.27）：\n1.周一组织学习《廉洁自律准则》\n2.周三与王芳谈心谈话', NOV_30, 2],
    // round 39 (t38b F10): a pasted 工作内容⇥负责人⇥备注 table under its 工作记录 title, each row its own doer's.
    ['林晓', '机关纪委12月上旬工作记录\n日期\t工作内容\t负责人\t备注\n12月1日\t对组联部开展元旦春节前作风纪律检查\t黄志刚\t林晓参加\n12月2日\t与周涛谈心谈话\t林晓\t\n12月3日\t向党组报送机关纪委11月工作信息\t林晓\t1篇', DEC_4, 3],
  ])('%s：%s', (from, text, now, count) => {
    expect(read(from, text, now)).toHaveLength(count);
    expect(remarks(from, text, now).filter((m) => m.includes('计划安排'))).toEqual([]);
  });

  it('a plan heading among the deeds, or an item of a day to come, is still named as not recorded', () => {
    const section = remarks('周涛', '组联部12月上旬工作：\n1.12月1日组织学习《廉洁自律准则》\n下一步打算：\n1.12月中旬与张颖进行廉政谈话', DEC_4);
    expect(section).toContain('「下一步打算」所列各项是计划安排，未记录；完成后再发给我即可');
    const item = remarks('孙丽', '财务科12月上旬工作：\n1.12月1日组织学习《廉洁自律准则》\n2.12月8日与王强进行廉政谈话', DEC_4);
    expect(item).toContain('第2条是计划安排，未记录；完成后再发给我即可');
  });

  it('plan headings alone are plans, no report', () => {
    expect(read('吴静', '康复部12月工作安排：\n1.12月10日组织观看警示教育片\n2.12月中旬与刘洋进行廉政谈话', DEC_4)).toBeNull();
    expect(read('郑华', '12月中旬工作计划：\n1.组织观看警示教育片\n2.与陈静进行廉政谈话', DEC_4)).toBeNull();
    expect(read('吴静', '12月上旬组织全体人员观看警示教育片', DEC_4)).toBeNull();
  });
});
