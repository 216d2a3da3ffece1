// Pasted 台账 of checks and education (round 31, H1, issue 10): each row the sentence it stands for, and each check at the
// department its row names, whatever parts the cells (tabs, runs of spaces, ｜/| borders, a mix of them).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { tableAsSentences } from '../../../src/domain/report/tableRows.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

const TITLE = '11月作风纪律检查台账';

describe('a pasted check table', () => {
  it.each([
    ['tabs', `${TITLE}\n日期\t检查对象\t检查内容\t带队\n11月5日\t教育就业部\t考勤\t黄志刚\n11月12日\t维权部\t在岗在位\t林晓`],
    ['full-width borders', `${TITLE}\n｜日期｜检查对象｜检查内容｜带队｜\n｜11月5日｜教育就业部｜考勤｜黄志刚｜\n｜11月12日｜维权部｜在岗在位｜林晓｜`],
    ['half-width borders', `${TITLE}\n日期 | 检查对象 | 检查内容 | 带队\n11月5日 | 教育就业部 | 考勤 | 黄志刚\n11月12日 | 维权部 | 在岗在位 | 林晓`],
    ['runs of spaces, columns in another order', `${TITLE}\n带队  被检查单位  日期  检查事项\n黄志刚  教育就业部  11月5日  考勤\n林晓  维权部  11月12日  在岗在位`],
    ['a tab header over typed rows', `${TITLE}\n日期\t检查对象\t检查内容\t带队\n11月5日  教育就业部  考勤  黄志刚\n11月12日 | 维权部 | 在岗在位 | 林晓`],
  ])('reads each row as a check at its own department on its own day, led by its 带队 (%s)', (_how, text) => {
    const got = read('林晓', text).map((r) => [r.draft.type, r.draft.date, r.draft.departmentId, r.draft.actorId]);
    expect(got).toEqual([
      ['inspect_style', '2026-11-05', 'employment', 'huangzhigang'],
      ['inspect_style', '2026-11-12', 'rights', undefined],
    ]);
  });

  it('writes what was checked after the deed, and a 检查结果 under its own word, never dropping either', () => {
    const text = `${TITLE}\n日期\t检查对象\t检查内容\t检查结果\n11月26日\t残疾人康复中心\t公务接待\t未发现问题`;
    expect(tableAsSentences(text, directory)).toBe('11月26日，到残疾人康复中心开展作风纪律检查，内容：公务接待，检查结果：未发现问题。');
  });

  // Round 43 (t42c F2): what was checked decides the kind as it does in prose (到教育就业部检查了考勤 is 作风); a content
  // deciding none (台账资料) is still asked.
  it('types an untitled table by what each row checked (考勤), and asks the type where that decides none', () => {
    const got = read('林晓', '日期\t检查对象\t检查内容\n11月5日\t教育就业部\t考勤');
    expect(got.map((r) => [r.draft.type, r.problems.map((p) => p.code)])).toEqual([['inspect_style', []]]);
    const untyped = read('林晓', '日期\t检查对象\t检查内容\n11月5日\t教育就业部\t台账资料');
    expect(untyped.map((r) => [r.draft.type, r.problems.map((p) => p.code)])).toEqual([[undefined, ['missing_type']]]);
  });

  it('asks the day of a row whose day is blank, 无 or —, never giving it the row above’s; drops the 合计 row', () => {
    const text = `${TITLE}\n日期\t检查对象\t检查内容\t带队\n11月5日\t教育就业部\t考勤\t黄志刚\n\t维权部\t在岗在位\t林晓\n无\t宣文部\t考勤\t黄志刚\n—\t组联部\t考勤\t黄志刚\n合计\t4个部门\t\t`;
    const got = read('林晓', text);
    expect(got.map((r) => [r.draft.date, r.draft.departmentId])).toEqual([['2026-11-05', 'employment'], [undefined, 'rights'], [undefined, 'publicity'], [undefined, 'liaison']]);
    expect(got.slice(1).every((r) => r.problems.some((p) => p.code === 'missing_date'))).toBe(true);
  });

  it('writes a 计划/待定 row as the plan it is, which the card names as not recorded', () => {
    const text = `${TITLE}\n日期\t检查对象\t检查内容\t带队\t备注\n11月5日\t财务科\t公务接待\t黄志刚\t\n11月19日\t康复部\t考勤\t林晓\t计划\n待定\t宣文部\t考勤\t黄志刚\t`;
    const got = read('林晓', text);
    expect(got.map((r) => r.draft.date)).toEqual(['2026-11-05']);
    expect(got[0]!.remarks.join('')).toContain('第2行、第3行是计划安排，未记录');
  });
});

describe('a pasted education table', () => {
  it('takes each row’s type from its own 形式 cell, its title from 《》 or the content cell, its count from 人数', () => {
    const text = '康复中心11月廉政教育台账\n日期\t形式\t内容\t主讲人\t参加人数\n11月5日\t观看警示片\t《警钟长鸣》\t何平\t30\n11月20日\t党课\t坚守廉洁底线\t何平\t40人';
    expect(tableAsSentences(text, directory)).toBe('11月5日，何平主讲观看警示片《警钟长鸣》，30人参加。\n11月20日，何平讲授党课《坚守廉洁底线》，40人参加。');
  });

  it('keeps a head count it cannot read as written, and takes no 待定 count for a plan', () => {
    const text = '11月廉政教育台账\n日期\t内容\t形式\t参加人数\n11月10日\t《以案为鉴》\t观看警示片\t待定';
    expect(tableAsSentences(text, directory)).toBe('11月10日，观看警示片《以案为鉴》，参加人数待定。');
  });
});

describe("a table's columns read by their headers (round 39, t38b F1, F10, F5)", () => {
  const rows = (from: string, text: string) => read(from, text).map((r) => [r.draft.type, r.draft.date, r.draft.actorId, r.draft.counterpartIds, r.draft.attendees]);

  it('never makes the doer named in the deed cell a counterpart of their own talk', () => {
    const text = '办公室11月党风廉政建设台账\n日期\t活动内容\t参加人员\t人数\n11月5日\t李明主任与胡军谈心谈话\t李明、胡军\t2';
    expect(rows('王芳', text)).toEqual([['talk_heart', '2026-11-05', 'liming', ['hujun'], undefined]]);
  });

  it("leaves the doer column's person out of the 参加人员 of a talk, and counts a study's people", () => {
    const text = '日期\t活动内容\t主持人\t参加人员\n11月9日\t廉政谈话\t李明\t李明、胡军\n11月10日\t集中学习《廉洁自律准则》\t李明\t李明、胡军、王芳';
    expect(rows('王芳', text)).toEqual([
      ['talk_integrity', '2026-11-09', 'liming', ['hujun'], undefined],
      ['edu_integrity', '2026-11-10', 'liming', [], 3],
    ]);
  });

  it('reads a 工作内容 column as the deed and a 备注 of who went along or how many papers with it', () => {
    const text = '日期\t工作内容\t负责人\t备注\n11月23日\t对组联部开展作风纪律检查\t黄志刚\t林晓参加\n11月25日\t向党组报送机关纪委工作信息\t林晓\t1篇';
    expect(tableAsSentences(text, directory)).toBe('11月23日，黄志刚组织对组联部开展作风纪律检查，林晓参加。\n11月25日，林晓组织向党组报送机关纪委工作信息1篇。');
    expect(rows('林晓', text).map((r) => r.slice(0, 3))).toEqual([
      ['inspect_style', '2026-11-23', 'huangzhigang'],
      ['report_info', '2026-11-25', undefined],
    ]);
  });

  it("keeps the title naming the sender's own department as the heading of rows naming no doer, drops one naming a deed", () => {
    const own = '财务科11月廉政工作完成情况\n日期\t内容\t参加人数\n11月25日\t开展专项资金使用情况自查\t3';
    expect(tableAsSentences(own, directory, 'lijuan')).toBe('财务科11月廉政工作完成情况：\n11月25日，开展专项资金使用情况自查，3人参加。');
    expect(rows('李娟', own)).toEqual([['report_self', '2026-11-25', 'sunli', [], 3]]);
    const talks = '财务科谈话记录\n日期\t谈话内容\t参加人员\n11月6日\t孙丽科长与王强副科长谈心谈话\t孙丽、王强';
    expect(tableAsSentences(talks, directory, 'lijuan')).toBe('11月6日，孙丽科长与王强副科长谈心谈话。');
  });
});
