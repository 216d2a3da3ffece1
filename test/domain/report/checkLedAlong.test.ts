// Units a checker leads along (带领/率领办公室、财务科负责人对…) are no places checked (round 29a, A4: stored 办公室、财务科).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { checkLedAlong } from '../../../src/domain/report/checkLedAlong.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const places = (from: string, text: string) => {
  const got = read(from, text).filter((r) => r.draft.type === 'inspect_style');
  expect(got).toHaveLength(1);
  return got[0]!.draft.departmentIds ?? (got[0]!.draft.departmentId ? [got[0]!.draft.departmentId] : []);
};
const ALL = directory.org.departments.map((d) => d.id);

describe('units led along on a check', () => {
  it.each([
    ['李娟', '本月1日，王建国副理事长带领办公室、财务科负责人对机关各部室落实中央八项规定精神情况开展监督检查，重点检查了公车使用、办公用房和考勤纪律', ALL.filter((d) => d !== 'center')],
    ['李娟', '本月1日，王建国副理事长带领办公室、财务科负责人对机关各部室开展监督检查', ALL.filter((d) => d !== 'center')],
    ['林晓', '11月20日黄志刚书记带领办公室同志对康复部、维权部开展作风纪律检查', ['rehab', 'rights']],
    ['胡军', '11月24日王建国副理事长率领办公室和财务科相关人员到康复中心检查考勤纪律', ['center']],
    ['林晓', '11月24日黄书记带领办公室人员到各部室开展节前作风纪律检查', ALL],
  ])('%s「%s」 is at %j', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });

  it.each([
    ['林晓', '11月24日黄书记对办公室、财务科开展作风纪律检查', ['office', 'finance']],
    ['林晓', '11月24日黄书记带领办公室开展作风纪律检查', ['office']],
    ['林晓', '11月20日黄志刚带领纪检干事对宣文部进行了明察暗访', ['publicity']],
  ])('near-miss %s「%s」 keeps %j', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });

  it('a unit led with no place after it is no companion', () => {
    expect(checkLedAlong('黄书记带领', '开展作风纪律检查')).toBe(false);
    expect(checkLedAlong('黄书记带领办公室、', '负责人对各部室开展检查')).toBe(true);
  });
});
