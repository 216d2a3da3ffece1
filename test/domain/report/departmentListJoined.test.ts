// Several departments joined in one phrase are all kept (issue 10, s28): a study or film of a department list is every
// department's; 分别 pairs places with days or parts of a day, one record each; 全体 after a list is everyone of each.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { departmentListAhead } from '../../../src/domain/report/departmentListAhead.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const ctx = (name: string) => ({ now: NOW, directory, senderId: directory.org.people.find((p) => p.name === name)!.id, mentions: [] });
const read = (from: string, text: string) => parseReport(text, ctx(from))!;
const places = (from: string, text: string) => read(from, text).map((r) => [r.draft.date, r.draft.departmentIds ?? r.draft.departmentId]);

describe('a study or film of a list of departments', () => {
  it.each([
    ['刘芳', '昨天带领组联部、康复部全体人员观看警示教育片', [['2026-11-29', ['liaison', 'rehab']]]],
    ['陈志强', '今天组织教育就业部、维权部开展廉政学习', [['2026-11-30', ['employment', 'rights']]]],
    ['赵敏', '11月27日召集宣文部、康复中心干部职工观看警示教育片《围猎》', [['2026-11-27', ['publicity', 'center']]]],
    ['王建国', '上周四组织办公室和财务科全体人员集中学习《中国共产党纪律处分条例》，参加14人', [['2026-11-26', ['office', 'finance']]]],
    ['赵敏', '昨天带领宣文部、康复中心、维权部干部职工观看廉政微电影', [['2026-11-29', ['publicity', 'center', 'rights']]]],
  ])('%s「%s」 is one record of every department', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });

  it.each([
    ['陈志强', '11月18日和11月25日分别组织教育就业部、维权部学习《中国共产党廉洁自律准则》', [['2026-11-18', 'employment'], ['2026-11-25', 'rights']]],
    ['刘芳', '上周一、上周三分别带领组联部、康复部观看警示教育片', [['2026-11-23', 'liaison'], ['2026-11-25', 'rehab']]],
    ['陈志强', '今天分别组织教育就业部、维权部开展廉政学习', [['2026-11-30', 'employment'], ['2026-11-30', 'rights']]],
  ])('%s「%s」 with 分别 is one record per department, paired with its day', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });

  it('one department keeps departmentId alone, and the card names no department left over', () => {
    const got = read('刘芳', '昨天带领组联部全体人员观看警示教育片');
    expect(places('刘芳', '昨天带领组联部全体人员观看警示教育片')).toEqual([['2026-11-29', 'liaison']]);
    expect(got[0]!.remarks.join('')).not.toMatch(/组联部/);
  });

  it('a department only said to have taken part is still named on the card, never dropped silently', () => {
    const got = read('李明', '今天办公室组织学习廉政教育读本，财务科也参加了');
    expect(got).toHaveLength(1);
    expect(got[0]!.reasons).toContain('leftover');
  });
});

describe('分别去 places with parts of a day or days', () => {
  it.each([
    ['黄志刚', '今天上午和下午分别去办公室、财务科检查', [['2026-11-30', 'office'], ['2026-11-30', 'finance']]],
    ['林晓', '11月10日和11月20日分别去办公室和财务科检查', [['2026-11-10', 'office'], ['2026-11-20', 'finance']]],
    ['林晓', '上周一上午和下午分别去教育就业部、维权部检查考勤', [['2026-11-23', 'employment'], ['2026-11-23', 'rights']]],
    ['黄志刚', '今天上午和下午分别去办公室、财务科、组联部检查', [['2026-11-30', 'office'], ['2026-11-30', 'finance'], ['2026-11-30', 'liaison']]],
  ])('%s「%s」 is one check per place', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });

  it('a bare 检查 is asked among the checks, never taken for a talk', () => {
    for (const r of read('黄志刚', '今天上午和下午分别去办公室、财务科检查')) {
      expect(r.problems).toEqual([{ code: 'missing_type', among: ['inspect_style', 'inspect_funds', 'pledge_check'] }]);
    }
  });

  it('去年 is no going somewhere: a check of last year is asked its day, not read as 去…检查', () => {
    expect(read('黄志刚', '去年12月对财务科检查了考勤').map((r) => r.problems.map((p) => p.code))).toEqual([['missing_date']]);
  });
});

describe('departmentListAhead', () => {
  const index = directoryIndex(directory);
  it.each([
    ['宣文部、康复中心全体职工', 3, ['center'], 8],
    ['办公室和财务科及组联部全体人员', 3, ['finance', 'liaison'], 11],
    ['宣文部全体职工', 3, [], 3],
    ['宣文部、王强', 3, [], 3],
  ])('「%s」 after %i', (text, end, ids, at) => {
    expect(departmentListAhead(text, end, index)).toEqual({ end: at, ids });
  });
});
