// dawnMorningReport / withDawnMorningDayAsked (round 60, fbf; t62b F4): a morning report sent before 07:00.
import { describe, expect, it } from 'vitest';
import { dawnMorningReport, withDawnMorningDayAsked } from '../../../src/domain/report/dawnMorning.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+08:00`);
const check = (date: string): ParsedReport => ({ draft: { type: 'inspect_style', date, counterpartIds: [], late: false, actorId: 'zhangwei' }, problems: [], remarks: [], reasons: ['third_person'] });

describe('dawnMorningReport', () => {
  it.each([
    ['报告：今天上午张书记带队到财务科开展作风纪律检查', '05:20'],
    ['今早和王芳进行了谈心谈话', '06:30'],
    ['上午组织观看了警示教育片', '00:40'],
  ])('「%s」 at %s is a report', (text, hhmm) => {
    expect(dawnMorningReport(text, at(hhmm))).toBe(true);
  });

  it.each([
    ['今天上午要去财务科检查', '05:20'],
    ['今天上午准备和王芳谈心', '05:20'],
    ['报告：今天上午张书记带队到财务科开展作风纪律检查', '07:30'],
    ['昨天上午到财务科检查了', '05:20'],
    ['今天和王芳谈心谈话', '05:20'],
  ])('near-miss 「%s」 at %s is not', (text, hhmm) => {
    expect(dawnMorningReport(text, at(hhmm))).toBe(false);
  });
});

describe('withDawnMorningDayAsked', () => {
  it("asks the day of today's records, with why, once", () => {
    const out = withDawnMorningDayAsked([check('2026-11-30'), check('2026-11-30')], '报告：今天上午张书记带队到财务科开展作风纪律检查', at('05:20'), '2026-11-30');
    expect(out.map((r) => r.draft.date)).toEqual([undefined, undefined]);
    expect(out.map((r) => r.problems.map((p) => p.code))).toEqual([['missing_date'], ['missing_date']]);
    expect(out[0]!.remarks).toEqual(['发消息时「今天上午」还没到，请确认是哪一天进行的（例如昨天上午）']);
    expect(out[1]!.remarks).toEqual([]);
  });

  it('leaves other days and later hours alone', () => {
    const other = [check('2026-11-29')];
    expect(withDawnMorningDayAsked(other, '今天上午到财务科检查', at('05:20'), '2026-11-30')).toBe(other);
    const later = [check('2026-11-30')];
    expect(withDawnMorningDayAsked(later, '今天上午到财务科检查', at('09:00'), '2026-11-30')).toBe(later);
  });
});
