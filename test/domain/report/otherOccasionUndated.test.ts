import { describe, expect, it } from 'vitest';
import { withOtherOccasionAsked } from '../../../src/domain/report/otherOccasionUndated.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const NAMES: Record<string, string> = { lijuan: '李娟', hujun: '胡军' };
const nameOf = (id: string) => NAMES[id];
const talk = (id: string, date = '2026-11-13'): ParsedReport => ({ draft: { type: 'talk_integrity', date, counterpartIds: [id], late: false }, problems: [], remarks: [] });

describe('withOtherOccasionAsked', () => {
  it('「…与李娟进行了提醒谈话，还有一次和胡军」: 胡军\'s day asked, 李娟 kept', () => {
    const out = withOtherOccasionAsked([talk('lijuan'), talk('hujun')], '11月13日与李娟进行了提醒谈话，还有一次和胡军', nameOf);
    expect(out[0]).toEqual(talk('lijuan'));
    expect(out[1]!.draft.date).toBeUndefined();
    expect(out[1]!.problems.map((p) => p.code)).toEqual(['missing_date']);
    expect(out[1]!.remarks).toEqual(['「还有一次和胡军」是另一次，没有写日期，请确认是哪一天进行的']);
  });
  it('the capture running past the name (还有一次和胡军进行了…) still finds 胡军', () => {
    const out = withOtherOccasionAsked([talk('lijuan'), talk('hujun')], '11月13日与李娟，还有一次和胡军进行了提醒谈话', nameOf);
    expect(out[1]!.problems.map((p) => p.code)).toEqual(['missing_date']);
    expect(out[1]!.remarks[0]).toMatch(/^「还有一次和胡军」/);
  });
  it('near-misses: no 还有一次, or a day of its own, leave the records', () => {
    const both = [talk('lijuan'), talk('hujun')];
    expect(withOtherOccasionAsked(both, '11月13日与李娟、胡军进行了提醒谈话', nameOf)).toBe(both);
    const apart = [talk('lijuan'), talk('hujun', '2026-11-20')];
    expect(withOtherOccasionAsked(apart, '11月13日与李娟进行了提醒谈话，还有一次和胡军', nameOf)).toEqual(apart);
  });
  it('「11月19日和刘洋谈心谈话，还有一次和刘洋」 (round 60, fbb): the dated talk kept, a second one with 刘洋 asked its day', () => {
    const first: ParsedReport = { draft: { type: 'talk_heart', date: '2026-11-19', counterpartIds: ['liuyang'], late: false }, problems: [], remarks: [] };
    const out = withOtherOccasionAsked([first], '11月19日和刘洋谈心谈话，还有一次和刘洋', (id) => (id === 'liuyang' ? '刘洋' : undefined));
    expect(out).toHaveLength(2);
    expect(out[0]!.draft).toEqual(first.draft);
    expect(out[1]!.draft).toEqual({ type: 'talk_heart', counterpartIds: ['liuyang'], late: false });
    expect(out[1]!.problems.map((p) => p.code)).toEqual(['missing_date']);
    expect(out[1]!.remarks).toEqual(['「还有一次和刘洋」是另一次，没有写日期，请确认是哪一天进行的']);
  });
  it('near-miss: 还有一次和刘洋 with 刘洋 named only there keeps one record (its day asked as before)', () => {
    const two: ParsedReport[] = [talk('lijuan'), { draft: { type: 'talk_heart', date: '2026-11-13', counterpartIds: ['liuyang'], late: false }, problems: [], remarks: [] }];
    const out = withOtherOccasionAsked(two, '11月13日与李娟谈心，还有一次和刘洋', (id) => ({ lijuan: '李娟', liuyang: '刘洋' })[id]);
    expect(out).toHaveLength(2);
    expect(out[1]!.problems.map((p) => p.code)).toEqual(['missing_date']);
  });
});
