// The department between a check verb and what was checked (查了财务科的考勤) is the place checked (e24, issue 10).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const places = (r: ReturnType<typeof read>[number]) => r.draft.departmentIds ?? [r.draft.departmentId];

describe('a department between the check verb and its object', () => {
  it.each([
    ['林晓', '上周二检查了财务科的考勤', [['2026-11-24', ['finance']]]],
    ['林晓', '上周二查了宣文部考勤', [['2026-11-24', ['publicity']]]],
    ['黄志刚', '11月20日抽查了财务科、组联部的公车使用情况', [['2026-11-20', ['finance', 'liaison']]]],
    ['黄志刚', '上周二和周四分别查了组联部和财务科的考勤', [['2026-11-24', ['liaison']], ['2026-11-26', ['finance']]]],
    ['林晓', '3号查了办公室考勤、6号查了财务科考勤', [['2026-11-03', ['office']], ['2026-11-06', ['finance']]]],
  ])('%s「%s」 is a check at the department named', (from, text, want) => {
    const got = read(from, text);
    expect(got.map((r) => [r.draft.type, r.draft.date, places(r)])).toEqual(want.map(([date, ids]) => ['inspect_style', date, ids]));
  });

  it('a department gone to (到财务科查了考勤) stays the place, and none is made up (昨天查了一下考勤)', () => {
    expect(places(read('林晓', '11月20日到财务科查了考勤')[0]!)).toEqual(['finance']);
    expect(places(read('林晓', '昨天查了一下考勤')[0]!)).toEqual([undefined]);
  });
});
