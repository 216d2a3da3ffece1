// 到科室/来部里 from a member of that department is the sender's department (round 32a, A26).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withOwnUnitVisited } from '../../../src/domain/report/ownUnitVisited.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: id(from), mentions: [] }) ?? [];

describe('withOwnUnitVisited', () => {
  it('writes the sender’s unit gone to by a short word as its name', () => {
    expect(withOwnUnitVisited('王建国副理事长到科室检查工作', directory, id('孙丽'))).toBe('王建国副理事长到财务科检查工作');
    expect(withOwnUnitVisited('王建国副理事长来科里调研', directory, id('李娟'))).toBe('王建国副理事长来财务科调研');
    expect(withOwnUnitVisited('刘芳副理事长到部里检查考勤', directory, id('刘洋'))).toBe('刘芳副理事长到康复部检查考勤');
  });

  it('near-misses: 各科室, an inspector’s 科室, a leader’s, a word that is not the unit’s, a 科室 not gone to', () => {
    expect(withOwnUnitVisited('王建国副理事长到各科室检查工作', directory, id('孙丽'))).toBe('王建国副理事长到各科室检查工作');
    expect(withOwnUnitVisited('到科室检查考勤', directory, id('黄志刚'))).toBe('到科室检查考勤');
    expect(withOwnUnitVisited('到科室检查考勤', directory, id('王建国'))).toBe('到科室检查考勤');
    expect(withOwnUnitVisited('刘芳副理事长到科里检查考勤', directory, id('刘洋'))).toBe('刘芳副理事长到科里检查考勤');
    expect(withOwnUnitVisited('组织科室人员学习', directory, id('孙丽'))).toBe('组织科室人员学习');
  });
});

describe('a check 到科室 under a department’s heading', () => {
  it('孙丽’s 财务科 list: 王建国’s check is at 财务科', () => {
    const text = '财务科本月廉政工作：\n（一）11月11日组织科室人员学习《会计法》，参加5人；\n（二）11月19日，王建国副理事长到科室检查工作纪律。';
    const check = read('孙丽', text).find((r) => r.draft.actorId === id('王建国'));
    expect(check?.draft).toMatchObject({ type: 'inspect_style', date: '2026-11-19', departmentId: 'finance' });
  });

  it('near-miss: 黄志刚’s own 到科室 keeps no department', () => {
    const [check] = read('黄志刚', '11月20日到科室检查考勤');
    expect(check?.draft.departmentId).toBeUndefined();
  });
});
