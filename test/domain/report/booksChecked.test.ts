// booksChecked: a check of the books of a unit's money (round 43; round 64 gdi's terse line; round 65 gec: several books).
import { describe, expect, it } from 'vitest';
import { booksChecked, booksTerseLine } from '../../../src/domain/report/booksChecked.js';

describe('booksTerseLine', () => {
  it('reads a line of nothing but a check verb and the books, several joined, of money spent', () => {
    expect(booksTerseLine(' 检查本科室报销票据')).toBe(true);
    expect(booksTerseLine(' 检查本科室报销票据和账目')).toBe(true);
    expect(booksTerseLine('检查本科室凭证、账目')).toBe(true);
    expect(booksTerseLine(' 核对本科室账目和凭证')).toBe(true);
    expect(booksTerseLine(' 抽查报销单据及账目')).toBe(true);
    expect(booksTerseLine(' 检查公务卡使用情况')).toBe(true);
    expect(booksTerseLine(' 核对三公经费')).toBe(true);
    expect(booksTerseLine(' 检查本中心报销凭证和账目')).toBe(true);
  });

  it('leaves anything more, or no books, to the other readers', () => {
    expect(booksTerseLine(' 检查本科室卫生')).toBe(false);
    expect(booksTerseLine(' 检查本科室报销票据和账目的整改情况汇总表')).toBe(false);
    expect(booksTerseLine(' 学习廉政信息')).toBe(false);
    expect(booksTerseLine(' 检查本科室报销票据和考勤')).toBe(false);
  });
});

describe('booksChecked', () => {
  it('takes a look through the books as a check of funds, 考勤 not', () => {
    expect(booksChecked('抽查了财务科报销单据和账目')).toBe(true);
    expect(booksChecked('检查了考勤')).toBe(false);
  });
});
