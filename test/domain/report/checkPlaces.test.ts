// A check that visited several departments is one record whose places are all of them, never the first only (issue 10).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const ctx = (name: string) => ({ now: NOW, directory, senderId: directory.org.people.find((p) => p.name === name)!.id, mentions: [] });
const read = (from: string, text: string) => parseReport(text, ctx(from))!;

describe('the places of a check', () => {
  it.each([
    ['林晓', '11月25日深入维权部、教育就业部检查作风纪律', ['rights', 'employment']],
    ['黄志刚', '11月25日，机关纪委深入维权部、教育就业部检查工作纪律执行情况', ['rights', 'employment']],
    ['刘芳', '11月26日到组联部和康复部检查作风纪律', ['liaison', 'rehab']],
    ['黄志刚', '11月20日对财务科、办公室、宣文部开展专项资金检查', ['finance', 'office', 'publicity']],
  ])('%s「%s」 is one check at %j', (from, text, places) => {
    const got = read(from, text);
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.departmentId).toBe(places[0]);
    expect(got[0]!.draft.departmentIds).toEqual(places);
  });

  // Issue 10 (f3): a place the check went on to after a visit verb (并走访了 · 又督查了 · 并到…检查了) is one of its places.
  it.each([
    ['孙杰', '11月12日，王建国副理事长带队对康复中心进行明察暗访，并走访了财务科', ['center', 'finance']],
    ['孙杰', '11月12日，王建国副理事长带队对康复中心进行明察暗访，又督查了财务科', ['center', 'finance']],
    ['孙杰', '11月12日，王建国副理事长带队对康复中心进行明察暗访，督查了考勤纪律，又走访了财务科', ['center', 'finance']],
    ['林晓', '11月12日对康复中心开展作风纪律检查，并到财务科检查了考勤', ['center', 'finance']],
  ])('%s「%s」 is one check at %j', (from, text, places) => {
    const got = read(from, text);
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.departmentIds).toEqual(places);
  });

  it('a department named as who went along, or on another day, is no place of the check', () => {
    const [along] = read('孙杰', '11月12日，王建国副理事长到康复中心开展作风纪律检查，财务科孙丽陪同');
    expect(along!.draft.departmentId).toBe('center');
    expect(along!.draft.departmentIds).toBeUndefined();
    const [check] = read('孙杰', '11月12日对康复中心进行明察暗访，11月13日财务科组织学习《条例》');
    expect(check!.draft.departmentIds).toBeUndefined();
  });

  it('a check of one department keeps departmentId alone', () => {
    const [r] = read('林晓', '11月25日到维权部检查作风纪律');
    expect(r!.draft.departmentId).toBe('rights');
    expect(r!.draft.departmentIds).toBeUndefined();
  });

  it('a check of no named kind keeps its places through the answer about its type', () => {
    const got = read('林晓', '11月25日深入维权部、教育就业部检查');
    expect(got.map((r) => r.problems.map((p) => p.code))).toEqual([['missing_type']]);
    const items: PendingItem[] = got.map((r) => ({ draft: r.draft, problems: r.problems }));
    const answered = answerFollowUp(items, '作风纪律检查', ctx('林晓'));
    expect(answered.ok && answered.items.map((i) => [i.draft.type, i.draft.departmentIds, i.problems])).toEqual([['inspect_style', ['rights', 'employment'], []]]);
  });

  it('分别 to two departments is one check at each, each at its own department only', () => {
    const got = read('林晓', '11月25日对维权部、教育就业部分别开展了作风纪律检查');
    expect(got.map((r) => [r.draft.departmentId, r.draft.departmentIds])).toEqual([['rights', undefined], ['employment', undefined]]);
  });

  // Round 48 (ftd): a deed departments held together is one record at both — its departments are its organisers, and it is
  // still no check (no places checked).
  it('a study two departments held together is no check: one record at both organisers, no check', () => {
    const got = read('王磊', '11月24日宣文部、组联部联合组织观看警示教育片《警钟》');
    expect(got.length).toBe(1);
    expect(got[0]!.draft.type).toBe('edu_warning');
    expect(got[0]!.draft.departmentIds?.length).toBe(2);
  });
});
