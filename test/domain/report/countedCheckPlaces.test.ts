// l25 (issue 10, round t24 D): checks counted over listed days are one per day, each at its own place: 各部室 is every office
// (as on a single day), a place written after 到/对 is that day's, a day alone shares the next day's place.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');

function places(sender: string, text: string): Array<[string | undefined, string[]]> {
  const senderId = directory.org.people.find((p) => p.name === sender)!.id;
  const got = parseReport(text, { now: NOW, directory, senderId, mentions: [] }) ?? [];
  return got.map((r) => [r.draft.date, r.draft.departmentIds ?? (r.draft.departmentId ? [r.draft.departmentId] : [])]);
}

const OFFICES = ['office', 'finance', 'liaison', 'rehab', 'employment', 'publicity', 'rights'];

describe('counted checks and their places', () => {
  it('两次 over two days at 机关各部室: each day at every office, as one day is', () => {
    expect(places('黄志刚', '11月10日对机关各部室开展作风纪律抽查')).toEqual([['2026-11-10', OFFICES]]);
    expect(places('李明', '（三）监督检查。11月10日、11月24日两次对机关各部室开展作风纪律抽查。')).toEqual([
      ['2026-11-10', OFFICES],
      ['2026-11-24', OFFICES],
    ]);
  });

  it('到 a place after each day: each day at its own place', () => {
    expect(places('黄志刚', '11月3日到财务科、11月25日到康复中心开展了作风纪律检查')).toEqual([
      ['2026-11-03', ['finance']],
      ['2026-11-25', ['center']],
    ]);
  });

  it('a day alone shares the next day\'s place; the count before a comma lists the days', () => {
    const one = places('林晓', '11月3日、11月12日对财务科，11月25日对康复中心开展作风纪律检查');
    expect(one).toEqual([
      ['2026-11-03', ['finance']],
      ['2026-11-12', ['finance']],
      ['2026-11-25', ['center']],
    ]);
    expect(places('林晓', '11月份共开展作风纪律检查2次，11月3日对财务科，11月25日对康复中心')).toEqual([
      ['2026-11-03', ['finance']],
      ['2026-11-25', ['center']],
    ]);
  });

  it('two days and one place stay at that place', () => {
    expect(places('林晓', '11月3日、11月25日对康复中心开展作风纪律检查')).toEqual([
      ['2026-11-03', ['center']],
      ['2026-11-25', ['center']],
    ]);
  });
});
