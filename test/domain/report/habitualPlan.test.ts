// A standing practice to come (之后每月组织一次学习 · 今后定期开展…) after a deed is a plan, named in the reply; a habit told as
// done (每月组织了 · 本月每周开展…，共4次) is no plan (issue 10, v3). Read through parseReport for the remark.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { namesHabitToCome } from '../../../src/domain/report/habitualPlan.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const saysPlan = (from: string, text: string) => read(from, text).some((r) => r.remarks.some((m) => m.includes('计划安排')));

describe('a standing practice to come', () => {
  it.each(['之后每月组织一次学习', '今后定期开展廉政教育', '每周五组织科室学习', '以后每季度开展一次廉政谈话'])('「%s」 is a habit to come', (clause) => {
    expect(namesHabitToCome(clause)).toBe(true);
  });

  it.each(['每月组织了一次学习', '本月每周开展一次作风检查，共4次', '11月每周组织一次学习', '与每位同志进行了谈话', '每人签订了承诺书'])('「%s」 is not', (clause) => {
    expect(namesHabitToCome(clause)).toBe(false);
  });

  it.each([
    ['孙丽', '11月20日与王强进行了廉政谈话；之后每月组织一次学习。'],
    ['孙丽', '11月20日组织科室学习了《廉洁自律准则》，今后定期开展廉政教育。'],
  ])('%s「%s」 names the plan in the reply and records the deed alone', (from, text) => {
    const got = read(from, text);
    expect(got).toHaveLength(1);
    expect(saysPlan(from, text)).toBe(true);
  });

  it('a deed with no habit clause has no plan remark', () => {
    expect(saysPlan('孙丽', '11月20日与王强进行了廉政谈话。')).toBe(false);
  });
});
