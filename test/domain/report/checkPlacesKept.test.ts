// The places of checks kept (round 33b, issue 10): a place gone on to with the check left out (又去了维权部), and the
// pairs under a body's heading (纪检组开展了两次…：11月23日对康复部…). The corpus rows (corpusThirtyThreeI) see no places.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const places = (from: string, text: string) => read(from, text).map((r) => [r.draft.date, r.draft.departmentIds ?? (r.draft.departmentId ? [r.draft.departmentId] : [])]);

describe('the places of a check', () => {
  it.each([
    // Round 40 (t39a F29): a later time (下午 · 随后) going on to another place is another check there, as when written out.
    ['黄志刚', '11月24日上午去宣文部查了考勤，下午又去了维权部', [['2026-11-24', ['publicity']], ['2026-11-24', ['rights']]]],
    ['黄志刚', '11月25日到财务科检查了公车使用情况，随后又到了办公室', [['2026-11-25', ['finance']], ['2026-11-25', ['office']]]],
    ['林晓', '昨天去组联部抽查了在岗情况，又去了康复部', [['2026-11-29', ['liaison', 'rehab']]]],
    ['黄志刚', '11月24日去宣文部检查了考勤，又去维权部检查了考勤', [['2026-11-24', ['publicity', 'rights']]]],
    ['黄志刚', '11月24日到宣文部检查了考勤，11月26日又去了维权部', [['2026-11-24', ['publicity']], ['2026-11-26', ['rights']]]],
  ])('%s「%s」: a place gone on to is the check\'s too', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });

  it.each([
    ['黄志刚', '11月下旬纪检组开展了两次作风纪律检查：11月23日对康复部、11月26日对维权部，检查工作纪律和考勤情况，未发现问题。'],
    ['黄志刚', '纪检组开展了两次作风纪律检查：11月23日康复部、11月26日维权部'],
    ['黄志刚', '开展了两次作风纪律检查：11月23日对康复部、11月26日对维权部'],
  ])('%s「%s」: each pair keeps its place', (from, text) => {
    expect(places(from, text)).toEqual([['2026-11-23', ['rehab']], ['2026-11-26', ['rights']]]);
  });

  it('a body before the deed is no place: 机关纪委本月督查了两次', () => {
    expect(places('黄志刚', '机关纪委本月督查了两次：11月10日财务科、11月18日宣文部')).toEqual([['2026-11-10', ['finance']], ['2026-11-18', ['publicity']]]);
  });

  it('a talk at the second place is no check there', () => {
    const got = read('黄志刚', '11月24日上午去宣文部查了考勤，下午去维权部和冯雪谈了心');
    expect(got.map((r) => [r.draft.type, r.draft.departmentIds ?? [r.draft.departmentId]])).toEqual([['inspect_style', ['publicity']], ['talk_heart', ['rights']]]);
  });
});
