// Round 54, fjaa (issue 10): a restated report's slip words (之前报的人数不对) were kept as its note (「之前报的人数不」).
// The correction's own words are never a note; a note the member wrote beside them stays.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });

describe('a restated report keeps no slip words as its note', () => {
  it.each([
    '昨天组织观看警示片七人参加，之前报的人数不对',
    '昨天组织观看警示片七人参加，之前报的人数不对，其他都对',
    '昨天组织观看警示片 七人参加 之前报的人数不对',
    '11月27日组织观看警示教育片，7人参加，之前报的日期不对',
    '昨天组织观看警示片，7人参加，之前报的不对',
    '昨天组织观看警示片七人参加，之前报的人数不对哈',
    '昨天组织观看警示片，七人参加，之前报的人数不对，其他的都没问题',
  ])('%s', (text) => {
    const got = read('孙丽', text);
    expect(got).not.toBeNull();
    for (const r of got!) {
      expect(r.reasons ?? []).toContain('restated');
      expect(r.draft.note ?? '').not.toMatch(/之前|不对|报的/);
    }
  });
});
