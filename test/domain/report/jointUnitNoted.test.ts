// Round 64, gdd (gcd's left-alone): a unit joined by 会同 · 联合 · 协同 on a check is named on the card, never dropped.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withJointUnitNoted } from '../../../src/domain/report/jointUnitNoted.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const check = (type: 'inspect_style' | 'report_self'): ParsedReport => ({ draft: { type, counterpartIds: [], late: false }, problems: [], remarks: [] }) as unknown as ParsedReport;

describe('withJointUnitNoted', () => {
  it.each([
    ['11月24日赵敏书记会同办公室对康复中心开展了作风纪律检查', '「会同办公室」：办公室一同参加检查，不是被检查的部门，未另记'],
    ['11月26日黄志刚书记会同办公室、财务科对康复中心考勤情况进行了抽查', '「会同办公室、财务科」：办公室、财务科一同参加检查，不是被检查的部门，未另记'],
    ['11月26日王副理事长联合财务科对康复中心开展了专项资金使用情况检查', '「联合财务科」：财务科一同参加检查，不是被检查的部门，未另记'],
    ['11月24日赵书记会同组联部到康复中心检查考勤', '「会同组联部」：组联部一同参加检查，不是被检查的部门，未另记'],
  ])('%s → %s', (text, remark) => {
    const [r] = withJointUnitNoted([check('inspect_style')], text, directory);
    expect(r!.remarks).toEqual([remark]);
  });

  it('names no person joined, no unknown unit, and no record that is no check', () => {
    const reports = [check('inspect_style')];
    expect(withJointUnitNoted(reports, '11月24日黄书记会同赵书记对宣文部开展作风纪律检查', directory)).toBe(reports);
    expect(withJointUnitNoted(reports, '11月24日会同市纪委对财务科开展检查', directory)).toBe(reports);
    const self = [check('report_self')];
    expect(withJointUnitNoted(self, '11月24日会同财务科对三公经费进行了自查', directory)).toBe(self);
  });
});
