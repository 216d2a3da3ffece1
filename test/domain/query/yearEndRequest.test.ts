// 「年度总结」「我的述廉材料」 in chat: which messages ask for the year's account, whose, and for which period.
import { describe, expect, it } from 'vitest';
import { defaultAccountPeriod, parseYearEndRequest } from '../../../src/domain/query/yearEndRequest.js';

const NOV = new Date('2026-11-22T10:00:00+08:00');

describe('parseYearEndRequest', () => {
  it.each([
    ['年度总结', 'organization', '2026年', true],
    ['生成年度总结', 'organization', '2026年', true],
    ['2025年度总结', 'organization', '2025年', false],
    ['2025年年度总结', 'organization', '2025年', false],
    ['去年年度总结', 'organization', '2025年', false],
    ['今年党风廉政建设工作总结', 'organization', '2026年', false],
    ['2026年上半年工作总结', 'organization', '2026年上半年', false],
    ['年终总结草稿', 'organization', '2026年', true],
    ['我的述廉材料', 'person', '2026年', true],
    ['述责述廉材料', 'person', '2026年', true],
    ['我的年度总结', 'person', '2026年', true],
    ['帮我起草2025年的述职述廉报告', 'person', '2025年', false],
  ] as const)('%s → %s %s', (text, subject, label, defaulted) => {
    expect(parseYearEndRequest(text, NOV)).toMatchObject({ subject, period: { label }, defaulted, unplaced: [] });
  });

  it.each([
    '自查总结',
    '今天完成了述责述廉报告',
    '提交了年度总结',
    '本季度完成情况',
    '导出台账',
    // One held on a day is a report of it (found in an acceptance round: the draft was sent and nothing recorded).
    '11月28日在全市残联系统会议上作了述责述廉',
    '11.20 向党组做了述职述廉',
    '上周参加了述责述廉会议',
  ])('leaves %s to other intents', (text) => {
    expect(parseYearEndRequest(text, NOV)).toBeNull();
  });

  it('in January, an unnamed year is the one just closed; from February the current one', () => {
    expect(defaultAccountPeriod(new Date('2027-01-05T09:00:00+08:00')).label).toBe('2026年');
    expect(defaultAccountPeriod(new Date('2027-02-01T09:00:00+08:00')).label).toBe('2027年');
    // 1 February 01:00 in Shanghai is still 31 January in Los Angeles: Shanghai decides.
    expect(defaultAccountPeriod(new Date('2027-02-01T01:00:00+08:00')).label).toBe('2027年');
    expect(parseYearEndRequest('年度总结', new Date('2027-01-05T09:00:00+08:00'))?.period.label).toBe('2026年');
  });
});
