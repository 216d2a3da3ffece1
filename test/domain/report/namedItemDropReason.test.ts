// namedItemDrop with a reason or a denial (round 34b §3a: 「和王强的承诺书不要了，他没签」 while a card of two talks and two
// signings waited was read as a NEW signing with 王强): the record named is left out, the why after it no new deed.
import { describe, expect, it } from 'vitest';
import { namedItemDrop } from '../../../src/domain/report/namedItemDrop.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const rec = (type: string, other: string): { draft: ReportDraft } => ({ draft: { type, date: '2026-11-30', actorId: 'wangjianguo', counterpartIds: [other], late: false } as ReportDraft });
const ITEMS = [rec('talk_integrity', 'sunli'), rec('talk_integrity', 'wangqiang'), rec('pledge_sign', 'sunli'), rec('pledge_sign', 'wangqiang')];
const NAMES: Record<string, string> = { wangjianguo: '王建国', sunli: '孙丽', wangqiang: '王强' };
const read = (text: string) => namedItemDrop(text, ITEMS, (id) => NAMES[id], '2026-12-03');

describe('namedItemDrop: a reason or a denial after the record named', () => {
  it.each([
    ['和王强的承诺书不要了，他没签', 3],
    ['和王强的承诺书不要了，他没签。', 3],
    ['王强的承诺书不算，实际没签', 3],
    ['和王强的承诺书没签', 3],
    ['和王强的承诺书其实没签', 3],
    ['孙丽的廉政谈话不要了，写错了', 0],
    ['和孙丽的谈话不算', 0],
    ['和孙丽的谈话没谈成', 0],
    ['王强的责任书不要了，重复了', 3],
  ])('「%s」 leaves record %i out', (text, index) => {
    expect(read(text)).toEqual({ index });
  });

  it('someone on two records is asked which', () => {
    expect(read('王强的不要了，他没签')).toBeUndefined();
    expect(read('王强那条不要了，他没签')).toEqual({ fits: [1, 3], said: '王强' });
  });

  it.each([
    '和王强的承诺书不要了，改成和刘洋谈话',
    '和王强的承诺书不要了，其余确认',
    '和王强签了承诺书',
    '他没签',
    '11月30日和王强签了承诺书，孙丽没签',
  ])('「%s」 is no such words', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
