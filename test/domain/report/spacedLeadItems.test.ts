// Round 64, gdd (gcd's left-alone): items parted by spaces after a counted lead (voice input, a pasted line) are the lead's
// items, as with commas.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withSpacedLeadItems } from '../../../src/domain/report/spacedLeadItems.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const nameOf = (id: string | undefined) => (id === undefined ? undefined : directory.person(id)?.name);

describe('withSpacedLeadItems', () => {
  it.each([
    ['本月我科共开展廉政教育2次 11月2日学习条例 11月23日观看警示教育片', '本月我科共开展廉政教育2次，11月2日学习条例，11月23日观看警示教育片'],
    ['本月我中心开展廉政教育两次 11.6学习条例 11.20观看警示片', '本月我中心开展廉政教育两次，11.6学习条例，11.20观看警示片'],
    ['本月本部门开展廉政教育2次 其中11月12日学习《条例》 11月26日观看警示片', '本月本部门开展廉政教育2次，其中11月12日学习《条例》，11月26日观看警示片'],
    ['本月我部共开展廉政教育2次\u300011月4日学习《准则》\u300011月18日观看警示片', '本月我部共开展廉政教育2次，11月4日学习《准则》，11月18日观看警示片'],
    ['本月我部共开展廉政教育2次 11月5日 集中学习《准则》 11月19日 观看警示片', '本月我部共开展廉政教育2次，11月5日 集中学习《准则》，11月19日 观看警示片'],
  ])('%s → %s', (text, written) => {
    expect(withSpacedLeadItems(text)).toBe(written);
  });

  it.each([
    ['本月我科共开展廉政教育2次，11月2日学习条例，11月23日观看警示教育片'],
    ['本月警示教育2次 其中11月5日组织观看警示片《蜕变》 11月19日组织观看警示片《围猎》'],
    ['11月2日 学习条例 11月23日 观看警示教育片'],
    ['日期\t活动类型\t谈话人\t对象\t人数\n11月16日\t廉政谈话\t李明\t办公室全体\t2'],
  ])('leaves %s as it was', (text) => {
    expect(withSpacedLeadItems(text)).toBe(text);
  });
});

describe('parseReport over a spaced counted lead', () => {
  it('李娟 「本月我科…2次 11月2日… 11月23日观看…」: two records of 孙丽, no third, no question', () => {
    const r = read('李娟', '本月我科共开展廉政教育2次 11月2日学习条例 11月23日观看警示教育片');
    expect(r.map((x) => [x.draft.type, x.draft.date, nameOf(x.draft.actorId), x.problems.length])).toEqual([
      ['edu_integrity', '2026-11-02', '孙丽', 0],
      ['edu_warning', '2026-11-23', '孙丽', 0],
    ]);
  });

  it('a count above the items asks the one missing, as with commas', () => {
    const spaced = read('李娟', '本月我科共开展廉政教育3次 11月2日学习条例 11月23日观看警示教育片');
    const commas = read('李娟', '本月我科共开展廉政教育3次，11月2日学习条例，11月23日观看警示教育片');
    expect(spaced.map((x) => [x.draft.type, x.draft.date, x.problems.map((p) => p.code)])).toEqual(commas.map((x) => [x.draft.type, x.draft.date, x.problems.map((p) => p.code)]));
    expect(spaced.some((x) => x.problems.some((p) => p.code === 'missing_date'))).toBe(true);
  });
});
