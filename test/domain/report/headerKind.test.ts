import { describe, expect, it } from 'vitest';
import { headerKind, PAPER_NOTE } from '../../../src/domain/report/headerKind.js';

describe('headerKind', () => {
  it.each([
    [['日期', '领导', '签订对象', '备注'], '签订责任书'],
    [['签订日期', '签订领导', '签订对象'], '签订责任书'],
    [['序号', '日期', '签订人', '签订对象'], '签订责任书'],
    [['日期', '领导', '责任书签订对象'], '签订责任书'],
    [['日期', '主讲人', '参加人数'], '廉政党课'],
    [['时间', '讲课人', '参加人数'], '廉政党课'],
    [['日期', '授课人', '党课题目', '参加人数'], '廉政党课'],
  ])('%j → %s', (heads, kind) => {
    expect(headerKind(heads)).toBe(kind);
  });

  it.each([
    [['日期', '谈话人', '谈话对象', '类型']],
    [['日期', '检查对象', '带队']],
    [['日期', '主持人', '参加人数']],
    [['日期', '承诺人', '备注']],
    [['签订日期', '主讲人', '对象']],
  ])('%j → none (no kind, or two)', (heads) => {
    expect(headerKind(heads)).toBeUndefined();
  });

  it.each([['承诺书'], ['廉洁承诺书'], ['责任书'], ['家庭助廉承诺书'], ['责任状']])('备注 「%s」 is the paper signed', (cell) => {
    expect(PAPER_NOTE.exec(cell)?.[1]).toBe(cell);
  });

  it.each([['林晓参加'], ['承诺书已存档'], ['1人请假']])('备注 「%s」 is no bare paper', (cell) => {
    expect(PAPER_NOTE.test(cell)).toBe(false);
  });
});
