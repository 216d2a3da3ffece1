// The departments of a 分管科室 meeting or study said without department names: the heads who attended, or the 分管科室
// themselves (round 31f F6: A7 lacked 冯雪's 维权部; A22 and C1 had no department though the text named them).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const dept = (name: string) => directory.org.departments.find((d) => d.name === name)!.id;
const departmentsOf = (r: ReturnType<typeof read>[number]) => r.draft.departmentIds ?? (r.draft.departmentId ? [r.draft.departmentId] : []);

describe('departments of a 分管科室 activity named by its heads or as 分管科室', () => {
  it.each([
    ['陈静', '陈志强副理事长11月27日下午在教就部主持召开分管科室党风廉政建设工作会议，郑华、冯雪两位部长参加，会后陈副理事长分别与两位部长进行了廉政谈话。', 'meeting_dept', ['教育就业部', '维权部']],
    ['陈静', '陈志强副理事长11月27日主持召开分管科室党风廉政建设工作会议，冯雪参加', 'meeting_dept', ['维权部']],
    ['王建国', '11月份我分管的办公室、财务科工作：11月9日主持召开分管科室党风廉政建设工作会议；11月16日、23日分别与李明、孙丽进行了廉政谈话。', 'meeting_dept', ['办公室', '财务科']],
    ['王建国', '11月25日组织分管科室观看警示教育片《围猎》', 'edu_warning', ['办公室', '财务科']],
  ])('%s：%s', (from, text, type, names) => {
    const got = read(from, text).find((r) => r.draft.type === type)!;
    expect(departmentsOf(got)).toEqual(names.map(dept));
  });

  it.each([
    // Named departments are the meeting's as before; a venue with no head named beside it too.
    ['王建国', '11月9日主持召开分管科室党风廉政建设工作会议，财务科负责人参加', 'meeting_dept', ['财务科']],
    ['王建国', '11月9日到财务科主持召开分管科室党风廉政建设工作会议', 'meeting_dept', ['财务科']],
    // One talked with after the meeting did not thereby attend it: the venue stays alone.
    ['陈静', '陈志强副理事长11月27日在教就部主持召开分管科室党风廉政建设工作会议，会后与冯雪进行了廉政谈话', 'meeting_dept', ['教育就业部']],
    // A study not said to be of the 分管科室 keeps no department.
    ['王建国', '11月25日组织观看警示教育片《围猎》', 'edu_warning', []],
    // A department named that is not the doer's keeps the meeting off every other one (round 14).
    ['刘芳', '11月18日召开分管科室党风廉政建设工作会议，教就部负责人参加', 'meeting_dept', []],
  ])('near-miss %s：%s', (from, text, type, names) => {
    const got = read(from, text).find((r) => r.draft.type === type)!;
    expect(departmentsOf(got)).toEqual(names.map(dept));
  });
});

// Round 39 (fla; t38a F9, t38b F2): the sender's own department as the place (来我部 · 到我科), the sender among those who
// attended (冯雪部长和我参加), and a venue whose head came along (一同/也参加) are the meeting's departments too.
describe('the host department of a 分管科室会议 said from the sender\'s side', () => {
  const sorted = (ids: string[]) => [...ids].sort();
  it.each([
    ['郑华', '上周四陈副理事长来我部召开分管部门党风廉政建设工作会议，冯雪部长和我参加，会上陈副理事长与我俩分别进行了廉政谈话。', ['教育就业部', '维权部']],
    ['郑华', '11月26日陈副理事长召开分管部门党风廉政建设工作会议，冯雪部长和我参加。', ['教育就业部', '维权部']],
    ['冯雪', '11月26日，郑华部长和我参加了陈副理事长召开的分管部门会议。', ['教育就业部', '维权部']],
    ['周涛', '11月27日刘芳副理事长到我部主持召开分管科室党风廉政建设工作会议，康复部吴静部长一同参加。', ['组联部', '康复部']],
    ['吴静', '11月27日刘芳副理事长来我们部召开分管部门党风廉政建设工作会议，组联部周涛部长也参加了。', ['组联部', '康复部']],
    ['李明', '11月24日王建国副理事长到我室主持召开分管科室党风廉政建设工作会议，财务科孙丽科长一同参加。', ['办公室', '财务科']],
    ['孙丽', '11月24日王副理事长来我科召开分管科室党风廉政建设工作会议，李明主任和我参加。', ['办公室', '财务科']],
    ['赵磊', '11月26日陈副理事长来我部召开分管部门党风廉政建设工作会议，郑华部长参加。', ['教育就业部', '维权部']],
    ['王芳', '11月24日王建国副理事长来我室召开分管科室党风廉政建设工作会议，孙丽科长一同参加。', ['办公室', '财务科']],
    ['陈静', '11月26日陈副理事长到维权部召开分管部门党风廉政建设工作会议，郑华部长一同参加。', ['教育就业部', '维权部']],
  ])('%s：%s', (from, text, names) => {
    const got = read(from, text).find((r) => r.draft.type === 'meeting_dept')!;
    expect(sorted(departmentsOf(got))).toEqual(sorted(names.map(dept)));
  });

  it.each([
    // Another department as the place, its head not said to come along: the heads who attended only, as before.
    ['陈静', '11月26日陈副理事长到维权部召开分管部门党风廉政建设工作会议，郑华部长参加。', ['教育就业部']],
    // 我 talked with at the meeting did not thereby attend it as a head.
    ['郑华', '11月26日陈副理事长召开分管部门党风廉政建设工作会议，会上与我进行了廉政谈话。', ['教育就业部', '维权部']],
    // The sender heading no department of the doer's adds none.
    ['黄志刚', '11月26日陈副理事长召开分管部门党风廉政建设工作会议，冯雪部长和我参加。', ['维权部']],
  ])('near-miss %s：%s', (from, text, names) => {
    const got = read(from, text).find((r) => r.draft.type === 'meeting_dept')!;
    expect(sorted(departmentsOf(got))).toEqual(sorted(names.map(dept)));
  });
});

// Round 63, gcd (t65a: 王芳's 分管科室会议 of 王建国 recorded for 办公室 only): a department's room (办公室会议室 · 财务科小会议室)
// is where the meeting sat, not which departments it was of; with no head named it is of every department the leader
// supervises, as with no place. 到财务科/在教就部 (the department itself as the venue) keep their reading above.
describe('a 分管科室会议 in a department\'s room', () => {
  it.each([
    ['王芳', '11月23日，王建国副理事长在办公室会议室主持召开分管科室党风廉政建设工作会议', ['办公室', '财务科']],
    ['李娟', '11月23日王建国副理事长在财务科小会议室召开分管科室党风廉政建设工作会议，传达上级精神', ['办公室', '财务科']],
    ['张颖', '11月16日，刘芳副理事长在组联部会议室主持召开分管科室党风廉政建设工作会议', ['组联部', '康复部']],
  ])('%s：%s', (from, text, names) => {
    const got = read(from, text).find((r) => r.draft.type === 'meeting_dept')!;
    expect(departmentsOf(got)).toEqual(names.map(dept));
  });

  it('a head named as attending still names the departments', () => {
    const got = read('王芳', '11月23日，王建国副理事长在办公室会议室主持召开分管科室党风廉政建设工作会议，孙丽科长参加').find((r) => r.draft.type === 'meeting_dept')!;
    expect(departmentsOf(got)).toContain(dept('财务科'));
  });
});
