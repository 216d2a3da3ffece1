// Round 41 (fnd, t40b F15 · t40a F5/F8): a report's title line with no colon (办公室11月党风廉政工作统计表 · 财务科11月份党风
// 廉政建设工作完成情况) or a table's header row was called 「第1行是一个问题，未记录；请单独发送，我来回答」. A heading over
// the items is a title and the card says nothing of it; a real question on a line of its own keeps the note.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { titlesReport } from '../../../src/domain/report/listHeading.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id(sender), mentions: [] });
const notes = (sender: string, text: string) => parseReport(text, ctx(sender))!.flatMap((x) => x.remarks).join('\n');

describe('a title line over the items', () => {
  it.each([
    ["李明", "办公室11月党风廉政工作统计表\n项目\t次数\t日期\n廉政谈话\t2\t11月4日、11月18日\n警示教育\t1\t11月25日\n合计\t3"],
    ["孙丽", "财务科11月份党风廉政建设工作完成情况\n一、11月6日与王强谈心谈话。\n二、11月18日组织全科人员集中学习《中国共产党纪律处分条例》，应到3人，实到3人。"],
    ["李明", "办公室11月党风廉政工作完成情况\n1、11月5日，本人与胡军、王芳进行了集体廉政谈话；\n2、11月12日，组织科室人员观看警示片《蜕变》，应到4人、实到3人。"],
    ["冯雪", "维权部11月廉政工作统计\n日期\t类别\t内容\t主持人\t参加人数\t地点\t记录人\n11月4日\t廉政党课\t《守住初心 廉洁履职》\t冯雪\t4\t部会议室\t赵磊"],
    ["吴静", "康复部11月党风廉政工作小结\n1. 11月5日集中学习《廉洁自律准则》，实到5人\n2. 11月12日与刘洋进行了廉政谈话"],
    ["周涛", "组联部11月廉政工作情况汇报\n1、11月9日组织学习《廉洁自律准则》，参加4人；\n2、11月16日与张颖进行了谈心谈话。"],
    ["郑华", "教育就业部2026年11月党风廉政工作开展情况\n11月9日组织观看警示教育片《贪欲之害》，参加5人\n11月23日与陈静谈心谈话"],
    ["何平", "康复中心11月党风廉政建设工作总结\n（一）11月6日，组织中心全体党员观看警示教育片《失守的底线》，实到17人。\n（二）11月13日，本人与徐辉副主任进行了廉政谈话。"],
    ["黄志刚", "机关纪委11月工作台账\n1. 11月5日到财务科检查上班纪律\n2. 11月10日到组联部检查上班纪律"],
    ["王磊", "宣文部11月廉政工作统计（摘录）\n11月10日组织观看警示片《贪欲之害》，参加3人\n11月24日与杨帆谈心谈话"],
  ])('%s: 「%s」 → no question named', (sender, text) => {
    expect(notes(sender, text)).not.toMatch(/是一个问题/);
  });

  it.each([
    ["孙丽", "11月20日和王强谈心\n本月完成情况怎么样？"],
    ["孙丽", "查一下本月完成情况\n11月20日和王强谈心"],
    ["孙丽", "11月25日和王强谈心\n还差几项？"],
    ["李明", "帮我统计一下本月完成情况\n11月5日与胡军进行了廉政谈话"],
    ["李明", "11月5日与胡军进行了廉政谈话\n本月完成情况"],
  ])('%s: 「%s」 → the real question still named', (sender, text) => {
    expect(notes(sender, text)).toMatch(/是一个问题/);
  });
});

describe('titlesReport', () => {
  it.each(['财务科11月份党风廉政建设工作完成情况', '办公室11月党风廉政工作统计表', '宣文部11月廉政工作统计（摘录）', '机关纪委11月工作台账', '康复部11月党风廉政工作小结'])('%s is a title', (line) => {
    expect(titlesReport(line)).toBe(true);
  });
  it.each(['本月完成情况怎么样？', '查一下本月完成情况', '帮我统计一下本月完成情况', '还差几项', '本月完成情况如何'])('%s is no title', (line) => {
    expect(titlesReport(line)).toBe(false);
  });
});
