// Lines of a list are named the way the member numbered them, and a question inside a list is named on the card, never dropped.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { splitItems } from '../../../src/domain/report/splitItems.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-01T10:00:00+08:00');
const sunli = directory.org.people.find((p) => p.name === '孙丽')!.id;
const LIST = '财务科本月工作：\n1. 11月3日与王强进行廉政谈话\n2. 下周准备开展专项资金检查\n3. 帮我看看本月完成情况\n4. 11月24日开展财务风险点自查';

describe('list lines', () => {
  it('are labelled by the member’s numbering, the heading apart', () => {
    expect(splitItems(LIST).map((i) => i.label)).toEqual(['开头一行', '第1条', '第2条', '第3条', '第4条']);
    expect(splitItems('(一)11月3日廉政谈话\n(二)11月5日自查').map((i) => i.label)).toEqual(['第1条', '第2条']);
  });

  it('unnumbered lines keep 第N行', () => {
    expect(splitItems('11月3日与王强廉政谈话\n11月5日开展自查').map((i) => i.label)).toEqual(['第1行', '第2行']);
  });

  it('a plan line and a question line are each named on the card as the member numbered them', () => {
    const remarks = parseReport(LIST, { now: NOW, directory, senderId: sunli, mentions: [] })!.flatMap((r) => r.remarks);
    expect(remarks).toContain('第2条是计划安排，未记录；完成后再发给我即可');
    expect(remarks).toContain('第3条是一个问题，未记录；请单独发送，我来回答');
  });

  it('an item of a day still to come that names no activity is a plan, not 「没有读出可记录的活动」 (round 30a, A13)', () => {
    const liming = directory.org.people.find((p) => p.name === '李明')!.id;
    const text = '办公室本月工作：1.11月27日组织科室人员集中学习了市纪委通报的违纪典型案例；2.11月28日我与王芳、胡军分别进行谈心谈话；3.下周一向王建国副理事长汇报廉政工作。';
    const remarks = parseReport(text, { now: NOW, directory, senderId: liming, mentions: [] })!.flatMap((r) => r.remarks);
    expect(remarks).toContain('第3条是计划安排，未记录；完成后再发给我即可');
    expect(remarks.join()).not.toMatch(/没有读出/);
  });
});
