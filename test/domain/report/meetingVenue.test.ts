// A 分管科室会议 held at one department (到办公室…) is of the departments whose heads attended; a department's own meeting
// its 分管领导 attends is of that department (round 18u, w18, issue 10).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

describe('the departments of a 分管科室会议 held at one of them', () => {
  it.each([
    ['周涛', '11月24日刘芳副理事长到组联部主持召开分管科室会议，康复部、组联部主要负责人参会', 'liufang', ['rehab', 'liaison']],
    ['刘芳', '11月24日在康复部召开分管科室党风廉政建设工作会议，组联部、康复部负责人参加', undefined, ['liaison', 'rehab']],
    ['郑华', '11月17日陈志强副理事长到教育就业部召开分管科室廉政工作会议，维权部、教育就业部负责人参加', 'chenzhiqiang', ['rights', 'employment']],
    ['王强', '11月9日王副理事长来财务科主持分管科室党风廉政建设工作会议，财务科、办公室负责同志参加', 'wangjianguo', ['finance', 'office']],
  ])('%s「%s」: one meeting of %s at %j', (from, text, actorId, departments) => {
    const got = read(from, text);
    expect(got.map((r) => [r.draft.type, r.draft.actorId, r.draft.departmentId, r.draft.departmentIds, r.problems])).toEqual([['meeting_dept', actorId, departments[0], departments, []]]);
    expect(got[0]!.remarks.join('')).not.toMatch(/不是.*分管的科室/);
  });

  it('the place alone, when no department is said to attend, is the meeting\'s department', () => {
    const [r] = read('王建国', '11月30日到办公室主持召开分管科室党风廉政建设工作会议');
    expect([r!.draft.departmentId, r!.draft.departmentIds]).toEqual(['office', undefined]);
  });
});

describe('a department\'s own 党风廉政建设会议 its 分管领导 attends', () => {
  it.each([
    ['何平', '11月6日 中心党风廉政建设会议，赵书记参加并讲话', 'zhaomin', 'center'],
    ['吴静', '11月12日 部门党风廉政建设工作会议，刘芳副理事长出席并讲话', 'liufang', 'rehab'],
    ['王芳', '11月18日 科室党风廉政建设会议，王副理事长到会讲话', 'wangjianguo', 'office'],
  ])('%s「%s」: %s\'s 分管科室会议 of %s, asked nothing', (from, text, actorId, department) => {
    expect(read(from, text).map((r) => [r.draft.type, r.draft.actorId, r.draft.departmentId, r.problems])).toEqual([['meeting_dept', actorId, department, []]]);
  });
});
