// 我们中心 · 我们部 · 本部门: the sender's own department named without its name is the deed's department (f18).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const departmentOf = (from: string, text: string) => {
  const senderId = directory.org.people.find((p) => p.name === from)!.id;
  return parseReport(text, { now: NOW, directory, senderId, mentions: [] })?.map((r) => r.draft.departmentId);
};

describe('the sender\'s own unit as the deed\'s department', () => {
  it.each([
    ['何平', '我们中心11月20日报送了一篇信息', ['center']],
    ['周涛', '我们部11月20日报送信息1篇', ['liaison']],
    ['李明', '本部门11月20日报送了信息', ['office']],
    ['王强', '我们科11月20日报送信息', ['finance']],
    ['孙丽', '我们科11月26日组织了廉政学习', ['finance']],
    ['吴静', '本部门11月26日完成自查报告', ['rehab']],
    ['徐辉', '我们中心11月份报送信息2篇（11月6日、11月20日）', ['center', 'center']],
    // Round 30g (A19, A21): 组织科室学习 · 部门全体参加 · 全科人员 name the sender's own unit too.
    ['王芳', '10月26日组织科室学习廉政文件，参加5人', ['office']],
    ['郑华', '11月24号组织观看警示片《蜕变》，部门全体参加共6人', ['employment']],
    ['孙丽', '11月23日组织全科人员学习《党政机关厉行节约反对浪费条例》', ['finance']],
    ['郑华', '11月24日组织部门全体学习《中国共产党廉洁自律准则》', ['employment']],
    // Round 57, fef (t59b F7): 办公室 is a 科级 unit, and its head calls it 我科 · 我们科 · 全科 as a matter of course (these two
    // were rows of 「办公室 is no 科」, no department, before).
    ['李明', '我们科11月26日交了自查报告', ['office']],
    ['李明', '11月24日组织全科人员观看警示教育片《蜕变》', ['office']],
  ])('%s「%s」', (from, text, want) => expect(departmentOf(from, text)).toEqual(want));

  it.each([
    ['孙丽', '我们中心11月26日交了自查报告'], // a 财务科 head's 中心 is no unit of hers
    ['郑华', '11月24日组织各部门全体学习《中国共产党廉洁自律准则》'], // every department, not hers alone
  ])('none for %s「%s」', (from, text) => expect(departmentOf(from, text)).toEqual([undefined]));
});
