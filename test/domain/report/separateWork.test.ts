// Work set apart by 另外/此外 is no remark on the record before it: unrelated work is named as not recorded, never a note
// (round 31f F6, A18: 「另外完成了三季度财务报表」 stored as the note of two education records).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { separateWorkClauses } from '../../../src/domain/report/separateWork.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

describe('work set apart by 另外/此外', () => {
  it.each([
    ['王强', '11月份科室工作小结：孙科长11月10号跟我谈了心，11月12日、11月26日分别组织科室人员学习了廉政知识和观看了警示教育片，另外完成了三季度财务报表。', '另外完成了三季度财务报表'],
    ['孙丽', '11月26日组织科室人员观看了警示教育片。另外完成了三季度财务报表。', '另外完成了三季度财务报表'],
    ['孙丽', '11月26日组织科室人员观看了警示教育片，另外，完成了三季度财务报表', '另外，完成了三季度财务报表'],
    ['孙丽', '11月26日组织科室人员观看了警示教育片，此外还做了年终决算', '此外还做了年终决算'],
  ])('%s：%s → no note, named as not recorded, for 确认', (from, text, words) => {
    const got = read(from, text);
    expect(got.length).toBeGreaterThan(0);
    for (const r of got) expect(r.draft.note).toBeUndefined();
    expect(got[0]!.remarks.join('')).toContain(`「${words}」不属于党风廉政建设活动，未记录`);
    for (const r of got) expect(r.reasons).toContain('items');
  });

  it('a remark of the member’s own, not set apart, is still the note (near-miss)', () => {
    const got = read('孙丽', '11月26日组织科室人员观看了警示教育片，大家很受触动');
    expect(got[0]!.draft.note).toBe('很受触动');
    expect(got[0]!.remarks.join('')).not.toMatch(/不属于/);
  });

  it.each([
    ['另外补充一点，上周四组联部观看了警示教育片《迷途》', 'a filler opening, no deed'],
    ['观看了警示教育片。另外，11月27日和王强谈了心', 'a talk set apart'],
    ['观看了警示教育片，此外还组织学习了《廉洁自律准则》', 'a study with a title'],
    ['观看了警示教育片，另外报送了廉政信息一篇', 'a duty of the catalogue'],
    ['11月26日组织科室人员观看了警示教育片，重点剖析了身边案例', 'no 另外'],
  ])('%s: none (%s)', (text) => {
    expect(separateWorkClauses(text)).toEqual([]);
  });
});
