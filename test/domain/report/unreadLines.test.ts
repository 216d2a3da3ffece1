// Nothing the member wrote is dropped silently: a line of a longer message that gave no record is named by its number.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const ctx = { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: 'wangfang', mentions: [] };

describe('parseReport: lines that gave nothing', () => {
  it('are named by number on the first record, without their words', () => {
    const r = parseReport('11月21日，康复中心党支部召开专题组织生活会\n11月22日组织观看警示教育片，参加8人', ctx)!;
    expect(r.map((x) => x.draft.type)).toEqual(['edu_warning']);
    expect(r[0]!.remarks).toContain('第1行没有读出可记录的活动，未记录；如需记录请单独发送');
    expect(r[0]!.remarks.join('')).not.toContain('组织生活会');
  });

  it('a heading line with only a day, or a plan, is no unread line', () => {
    const r = parseReport('11月20日：\n与李明进行廉政谈话\n下周准备组织观看警示教育片', ctx)!;
    expect(r.map((x) => [x.draft.type, x.draft.date])).toEqual([['talk_integrity', '2026-11-20']]);
    expect(r[0]!.remarks.join('')).not.toContain('没有读出');
  });

  it('a title line over a list, written without a colon, is a heading, not an unread line', () => {
    for (const title of ['康复部党风廉政建设工作开展情况', '本月党风廉政建设工作', '王芳11月廉政工作小结']) {
      const r = parseReport(`${title}\n一、11月3日组织学习《监察法》，参加5人\n二、11月10日与胡军廉政谈话`, ctx)!;
      expect(r.map((x) => x.draft.date)).toEqual(['2026-11-03', '2026-11-10']);
      expect(r[0]!.remarks.join('')).not.toContain('没有读出');
    }
  });
});

