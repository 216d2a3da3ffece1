// withoutReportWordBeforeTally (round 61, gab; t63a F1): 报告：/汇报： before a counted lead is no part of it.
import { describe, expect, it } from 'vitest';
import { withoutReportWordBeforeTally } from '../../../src/domain/report/reportWordBeforeTally.js';

describe('withoutReportWordBeforeTally', () => {
  it.each([
    ['报告：办公室本月组织廉政教育2次，其中12月1日…', '办公室本月组织廉政教育2次，其中12月1日…'],
    ['汇报: 财务科本月开展廉政教育3次，其中11月2日…', '财务科本月开展廉政教育3次，其中11月2日…'],
    ['报告领导：办公室本月组织廉政教育2次：11月3日…', '办公室本月组织廉政教育2次：11月3日…'],
    ['汇报一下：办公室11月组织廉政教育两次，其中…', '办公室11月组织廉政教育两次，其中…'],
  ])('「%s」 → 「%s」', (text, rest) => {
    expect(withoutReportWordBeforeTally(text)).toBe(rest);
  });

  it.each([
    ['报告：今天办公室组织观看了警示教育片《清风》，参加7人'],
    ['报告：办公室本月组织廉政教育2次'],
    ['办公室本月组织廉政教育2次，其中12月1日…'],
    ['向党组报告：本月开展谈话2次，其中…'],
  ])('「%s」 → unchanged', (text) => {
    expect(withoutReportWordBeforeTally(text)).toBe(text);
  });
});
