// Round 26 leftovers (w27) on the card's notes: a heading over a list is no question (#9); a group's note names only those
// recorded once its exceptions are out (#10). The corpus rows assert the records; these assert what the card says.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id(sender), mentions: [] });

describe('a heading with 完成情况 over a list of deeds', () => {
  it.each([
    ['黄志刚', '11月份纪检工作完成情况：\n1. 11月5日到财务科检查上班纪律\n2. 11月10日到组联部检查上班纪律', 2],
    ['孙丽', '本月廉政工作完成情况如下：\n1、11月20日和王强谈心\n2、11月25日组织观看了警示教育片', 2],
    ['林晓', '11月工作进度：\n11月5日到财务科检查上班纪律\n11月12日到康复部检查上班纪律', 2],
    ['王建国', '11月分管科室廉政谈话完成情况统计：\n11月20日与李明廉政谈话\n11月21日与孙丽廉政谈话', 2],
  ])('%s: 「%s」 → every deed recorded, the heading no question', (sender, text, n) => {
    const r = parseReport(text, ctx(sender))!;
    expect(r).toHaveLength(n);
    expect(r.flatMap((x) => x.remarks).join('')).not.toMatch(/是一个问题/);
  });

  it.each([
    ['孙丽', '11月20日和王强谈心\n帮我看看本月完成情况'],
    ['孙丽', '本月完成情况怎么样：\n11月20日和王强谈心'],
    ['孙丽', '11月25日和王强谈心\n还差几项？'],
  ])('%s: 「%s」 → a real question in the list is still named', (sender, text) => {
    const r = parseReport(text, ctx(sender))!;
    expect(r.flatMap((x) => x.remarks).join('')).toMatch(/是一个问题/);
  });
});

describe("a group's note, its exceptions out", () => {
  it.each([
    ['赵敏', '11月26日，与各部室负责人进行了集体廉政谈话，何平同志外出学习未参加', '何平', 7],
    ['张伟', '今天与班子成员进行了集体廉政谈话，赵敏同志出差未参加', '赵敏', 3],
    ['刘芳', '今天与班子成员进行了集体谈心谈话，王建国同志请假未参加', '王建国', 2],
  ])('%s: 「%s」 → the note leaves out %s and counts %s', (sender, text, out, n) => {
    const r = parseReport(text, ctx(sender))!;
    expect(r).toHaveLength(n);
    const note = r.flatMap((x) => x.remarks).find((m) => /人记录$/.test(m))!;
    expect(note).toMatch(new RegExp(`共${n}人记录$`));
    expect(note).not.toContain(out);
    for (const x of r) expect(note).toContain(directory.person(x.draft.counterpartIds[0]!)!.name);
  });
});
