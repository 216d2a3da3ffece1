// A 分管会 held at a list of departments (到教育就业部、维权部召开…) keeps every department, not the last (t28 A4).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const deptOf = (name: string) => directory.org.departments.find((d) => d.name === name)!.id;

function places(sender: string, text: string): string[] {
  const got = parseReport(text, { now, directory, senderId: idOf(sender), mentions: [] });
  expect(got).not.toBeNull();
  expect(got).toHaveLength(1);
  const d = got![0]!.draft;
  return d.departmentIds ?? (d.departmentId ? [d.departmentId] : []);
}

describe('a 分管会 at a list of departments', () => {
  it.each([
    ['陈志强', '11月26日，陈志强副理事长到教育就业部、维权部召开分管部门党风廉政建设工作会议', ['教育就业部', '维权部']],
    ['郑华', '11月26日，陈志强副理事长到教育就业部、维权部召开分管部门党风廉政建设工作会议', ['教育就业部', '维权部']],
    ['刘芳', '昨天到组联部和康复部召开了分管科室党风廉政建设工作会议', ['组联部', '康复部']],
    ['吴静', '11月20日，刘芳副理事长深入组联部、康复部，主持召开分管部门党风廉政建设工作会议', ['组联部', '康复部']],
    ['王建国', '11月24日到办公室及财务科召开分管科室党风廉政建设工作会议', ['办公室', '财务科']],
    // Near-misses: one place, and a place beside the departments whose heads attended.
    ['陈志强', '11月26日到教育就业部召开分管部门党风廉政建设工作会议', ['教育就业部']],
    ['王建国', '11月24日到办公室主持召开分管科室党风廉政建设工作会议，办公室、财务科负责人参加', ['办公室', '财务科']],
  ])('%s：%s', (sender, text, want) => {
    expect(places(sender, text)).toEqual(want.map(deptOf));
  });
});
