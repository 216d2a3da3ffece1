import { describe, expect, it } from 'vitest';
import { changedRecordsNamed, storedJustNow } from '../../src/bot/changedRecordsNamed.js';

const NOW = new Date('2026-12-07T10:00:00+08:00');
const rec = (createdAt: string, date: string, type: 'talk_heart' | 'talk_integrity' = 'talk_heart') => ({ createdAt, date, type });

describe('changedRecordsNamed', () => {
  it('stored minutes ago → 刚才', () => {
    expect(changedRecordsNamed([rec('2026-12-07T01:55:00.000Z', '2026-12-04'), rec('2026-12-07T01:55:00.000Z', '2026-12-04')], NOW)).toBe('您刚才的 2 条记录');
  });
  it('stored three days ago, one day and kind → named by both', () => {
    expect(changedRecordsNamed([rec('2026-12-04T02:00:00.000Z', '2026-12-04'), rec('2026-12-04T02:00:00.000Z', '2026-12-04')], NOW)).toBe('您12月4日的 2 条谈心谈话记录');
  });
  it('one day, two kinds → the day only; two days → 这 N 条', () => {
    expect(changedRecordsNamed([rec('2026-12-04T02:00:00.000Z', '2026-12-04'), rec('2026-12-04T02:00:00.000Z', '2026-12-04', 'talk_integrity')], NOW)).toBe('您12月4日的 2 条记录');
    expect(changedRecordsNamed([rec('2026-12-04T02:00:00.000Z', '2026-12-03'), rec('2026-12-04T02:00:00.000Z', '2026-12-04')], NOW)).toBe('您的这 2 条记录');
  });
  it('storedJustNow: 30 minutes, not a day', () => {
    expect(storedJustNow({ createdAt: '2026-12-07T01:40:00.000Z' }, NOW)).toBe(true);
    expect(storedJustNow({ createdAt: '2026-12-06T01:40:00.000Z' }, NOW)).toBe(false);
  });
});
