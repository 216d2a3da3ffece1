// One head count written for several departments (财务科、办公室联合…，参加20人) is their total: never stored once per department.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;

function read(sender: string, text: string) {
  return parseReport(text, { now: NOW, directory, senderId: idOf(sender), mentions: [] })!;
}

describe('a head count of several departments together', () => {
  // 分别: one record per department, the count their total (never stored once per department).
  it.each([
    ['孙丽', '11月16日财务科和组联部分别组织学习《廉洁自律准则》，参加18人', 18],
  ])('%s：%s → no record carries %i, each notes the total', (sender, text, total) => {
    const got = read(sender, text);
    expect(got.length).toBe(2);
    for (const r of got) {
      expect(r.draft.attendees).toBeUndefined();
      expect(r.draft.note).toBe(`各部门共${total}人`);
      expect(r.remarks.join('\n')).toContain(`参加${total}人为各部门合计`);
    }
  });

  // 联合 (round 48, ftd): a deed departments held together is ONE record at all of them, so the count is its own attendance.
  it.each([
    ['李明', '11月23日财务科、办公室联合组织观看警示教育片《蜕变》，参加15人', 15],
    ['李明', '11月9日办公室、财务科联合开展廉政教育，参加人数22人', 22],
  ])('%s：%s → one record at both departments carrying %i', (sender, text, total) => {
    const got = read(sender, text);
    expect(got.length).toBe(1);
    expect(got[0]!.draft.attendees).toBe(total);
    expect(got[0]!.draft.departmentIds?.length).toBe(2);
  });

  it('one department with a head count keeps it as its attendance', () => {
    const [r, ...rest] = read('李明', '11月23日办公室组织观看警示教育片《蜕变》，参加15人');
    expect(rest).toEqual([]);
    expect(r!.draft.attendees).toBe(15);
    expect(r!.draft.note).toBeUndefined();
  });
});
