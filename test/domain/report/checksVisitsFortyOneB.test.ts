// Round 41 (fnb, t40a F7/F8/F10): what the corpus rows cannot say — every department of a 分管科室会议 hosted at the sender's
// own department named by its name, the card's remarks of a 陪同 head inside 部门全体同志 and of a 督导 visit beside its talks.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const dept = (name: string) => directory.org.departments.find((d) => d.name === name)!.id;
const departmentsOf = (r: ReturnType<typeof read>[number]) => r.draft.departmentIds ?? (r.draft.departmentId ? [r.draft.departmentId] : []);

describe("a 分管科室会议 held at the sender's own department named by its name (t40a F8)", () => {
  it.each([
    ['李明', '11月19日，王建国副理事长到办公室主持召开分管科室党风廉政建设工作会议，财务科负责人参加。', ['办公室', '财务科']],
    ['李明', '11月19日，王建国副理事长在办公室主持召开分管科室党风廉政建设工作会议，孙丽科长参加。', ['办公室', '财务科']],
    ['孙丽', '11月19日，王建国副理事长到财务科主持召开分管科室党风廉政建设工作会议，办公室负责人参加。', ['财务科', '办公室']],
    ['冯雪', '11月26日陈志强副理事长到维权部主持召开分管部门党风廉政建设工作会议，教育就业部郑华部长参加。', ['维权部', '教育就业部']],
    // Near-misses: 来我部 as before; a venue not the sender's own, a leader's own meeting, no venue.
    ['赵磊', '11月26日陈副理事长来我部召开分管部门党风廉政建设工作会议，郑华部长参加。', ['维权部', '教育就业部']],
    ['孙丽', '11月19日，王建国副理事长到办公室主持召开分管科室党风廉政建设工作会议，孙丽参加。', ['财务科']],
    ['王建国', '11月19日到办公室主持召开分管科室党风廉政建设工作会议，财务科负责人参加。', ['财务科']],
    ['李明', '11月19日，王建国副理事长主持召开分管科室党风廉政建设工作会议，财务科负责人参加。', ['财务科']],
  ])('%s：%s', (from, text, names) => {
    const got = read(from, text).find((r) => r.draft.type === 'meeting_dept')!;
    expect(departmentsOf(got)).toEqual(names.map(dept));
  });
});

describe("the card of a visitor's talk (t40a F10, F7)", () => {
  it('a 陪同 head of 部门全体同志 is talked to, and no companion remark says otherwise', () => {
    const got = read('张颖', '前天，刘芳副理事长到组联部与部门全体同志进行集体廉政谈话，周涛部长陪同。');
    expect(got.map((r) => r.draft.counterpartIds[0])).toEqual(['zhoutao', 'zhangying']);
    expect(got.flatMap((r) => r.remarks).some((m) => /陪同|一同参加|按您主谈/.test(m))).toBe(false);
  });

  it("「按您主谈记录」 is never said of another's talk; a companion of another unit is still named", () => {
    const got = read('张颖', '前天，刘芳副理事长到组联部与周涛部长进行廉政谈话，王建国副理事长陪同。');
    const remarks = got.flatMap((r) => r.remarks);
    expect(remarks.some((m) => m.includes('王建国是一同参加的'))).toBe(true);
    expect(remarks.some((m) => m.includes('按您主谈'))).toBe(false);
  });

  it("the sender's own talk with a leader along still says 按您主谈记录", () => {
    const got = read('李明', '前天和孙丽谈心谈话，王建国副理事长也一起');
    expect(got[0]!.remarks.some((m) => m.startsWith('按您主谈记录'))).toBe(true);
  });

  it.each([
    ['王芳', '11月27日下午，张伟一行到财务科督导党风廉政建设工作，王建国副理事长陪同。张伟听取了孙丽科长关于科室党风廉政建设工作情况的汇报。随后，张伟与孙丽进行了廉政谈话。', '到财务科督导党风廉政建设工作'],
    ['孙杰', '11月26日，机关党委书记赵敏到康复中心检查指导工作，并与何平主任进行了廉政谈话。', '到康复中心检查指导工作'],
  ])('a 督导/检查指导 visit beside its talk is named: %s', (from, text, said) => {
    const got = read(from, text);
    expect(got.map((r) => r.draft.type)).toEqual(['talk_integrity']);
    expect(got[0]!.remarks.some((m) => m.includes(`「${said}」`) && m.includes('未单独记录'))).toBe(true);
  });

  it('a visit that gave a check (查阅了…台账) is that check, not named again', () => {
    const got = read('王芳', '11月27日下午，张伟一行到财务科督导党风廉政建设工作。张伟查阅了报销台账，随后与孙丽进行了廉政谈话。');
    expect(got.some((r) => r.draft.type === undefined && r.draft.departmentId === dept('财务科'))).toBe(true);
    expect(got.flatMap((r) => r.remarks).some((m) => m.includes('督导/检查指导'))).toBe(false);
  });
});
