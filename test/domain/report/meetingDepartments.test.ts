// The departments a 分管科室会议 lists as attending are all on its record, never only the first (round 13, issue 10).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });
const dept = (name: string) => directory.org.departments.find((d) => d.name === name)!.id;

describe('a 分管科室会议 with the departments that attended', () => {
  it.each([
    ['胡军', '11月24日，王建国副理事长主持召开分管科室党风廉政建设工作会议，办公室、财务科负责人参加。会议传达了市纪委全会精神，王建国强调，要压紧压实“一岗双责”，抓好年底廉政风险防控。', ['办公室', '财务科']],
    ['王建国', '昨天召开分管科室会议，办公室和财务科负责人参加', ['办公室', '财务科']],
    ['刘芳', '11月27日召集组联部、康复部全体人员开了分管科室党风廉政建设工作会议', ['组联部', '康复部']],
  ])('%s：%s', (from, text, names) => {
    const got = read(from, text)!;
    expect(got.map((r) => r.draft.type)).toEqual(['meeting_dept']);
    expect(got[0]!.draft.departmentIds).toEqual(names.map(dept));
    // Both taken, so neither is flagged as left over.
    expect(got[0]!.remarks.join('')).not.toMatch(/没有对应/);
  });

  it('departments not all the doer’s to supervise: the doer’s kept, the others named on the card (round 14: none kept)', () => {
    const got = read('刘芳', '11月27日召集组联部、财务科全体人员开了分管科室党风廉政建设工作会议')!;
    expect(got[0]!.draft.departmentId).toBe(dept('组联部'));
    expect(got[0]!.draft.departmentIds).toBeUndefined();
    expect(got[0]!.remarks.join('')).toMatch(/「财务科」不是您分管的科室，未记入这次会议/);
    expect(got[0]!.reasons).toContain('leftover');
  });

  it('none of them the doer’s: no department on the record, each named as not the doer’s', () => {
    const got = read('胡军', '11月26日，王建国副理事长召开分管科室会议，宣文部、康复部参加')!;
    expect(got[0]!.draft.departmentId).toBeUndefined();
    expect(got[0]!.remarks.join('')).toMatch(/「宣文部」、「康复部」不是王建国分管的科室/);
  });

  it('one department named is the record’s department alone', () => {
    const got = read('王建国', '11月26日开了分管科室会议，财务科参加')!;
    expect(got[0]!.draft.departmentId).toBe(dept('财务科'));
    expect(got[0]!.draft.departmentIds).toBeUndefined();
  });
});
