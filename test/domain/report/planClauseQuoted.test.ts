// Round 30g (lesser, A26): a plan clause inside an entry was named 「第2行中的一句是计划安排」, though the message was one
// line; the note now quotes the clause itself. A whole line or list item that is a plan is still named by its label.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
/** Monday 2026-11-30 10:00 in Shanghai (the corpus's NOW). */
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const remarksOf = (sender: string, text: string) => parseReport(text, { now: NOW, directory, senderId: id(sender), mentions: [] })!.flatMap((r) => r.remarks);

describe('a plan clause inside an entry is quoted', () => {
  it.each([
    ['李明', '1. 昨天和王芳进行了廉政谈话，下周计划开展警示教育\n2. 今天和胡军进行了谈心谈话', '「下周计划开展警示教育」是计划安排，未记录'],
    ['胡军', '办公室本周情况：上周二全科同志学习了《中国共产党纪律处分条例》，下周计划组织观看警示教育片。', '「下周计划组织观看警示教育片」是计划安排，未记录'],
  ])('%s: 「%s」', (sender, text, note) => {
    const remarks = remarksOf(sender, text).join('\n');
    expect(remarks).toContain(note);
    expect(remarks).not.toMatch(/中的一句/);
  });

  it('near-miss: a whole list item that is a plan keeps its label', () => {
    const remarks = remarksOf('李明', '1. 昨天和王芳进行了廉政谈话\n2. 下周准备开展警示教育');
    expect(remarks).toContain('第2条是计划安排，未记录；完成后再发给我即可');
  });

  it('near-miss: one line with a plan clause still says 其中的计划安排', () => {
    expect(remarksOf('王强', '昨天和李娟谈心谈话，明天准备组织部门学习')).toContain('其中的计划安排，未记录；完成后再发给我即可');
  });

  // Round 33a, P1/P9/P10: the plan beside a dated deed is named as not recorded, and only the deed is on the card.
  it.each([
    ['王磊', '宣文部11月20日组织观看警示教育片《围猎》，下一步还将邀请赵敏书记来部里讲廉政党课。'],
    ['王磊', '11月20日组织部门干部观看警示教育片《围猎》，下周还将组织全体人员学习《廉洁自律准则》。'],
    ['王磊', '11月20日组织部门干部观看廉政微电影《一念之间》。12月还将邀请赵敏书记来部里讲廉政党课。'],
  ])('%s: 「%s」 names its plan and records the deed alone', (sender, text) => {
    const got = parseReport(text, { now: NOW, directory, senderId: id(sender), mentions: [] })!;
    expect(got).toHaveLength(1);
    const remarks = got.flatMap((r) => r.remarks).join('\n');
    expect(remarks).toContain('其中的计划安排，未记录');
    expect(remarks).not.toMatch(/分两条记录|邀请…讲授/);
  });
});
