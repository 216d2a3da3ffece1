// Round 63, gcd (gba's left-alone): a dotted day opening an item after a counted lead is written 12月3日, so the lead only
// counts its items.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withDottedItemDays } from '../../../src/domain/report/dottedItemDays.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-12-07T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const nameOf = (id: string | undefined) => (id === undefined ? undefined : directory.person(id)?.name);

describe('withDottedItemDays', () => {
  it.each([
    ['本月我科共开展廉政教育2次,其中12月1日学习《条例》,12.3观看警示教育片', '本月我科共开展廉政教育2次,其中12月1日学习《条例》,12月3日观看警示教育片'],
    ['本月我科开展廉政教育两次 其中12.1学习条例 12.3观看警示教育片', '本月我科开展廉政教育两次 其中12月1日学习条例 12月3日观看警示教育片'],
    ['本月我部共开展廉政教育2次:12.1学习《准则》;12.4观看警示片', '本月我部共开展廉政教育2次:12月1日学习《准则》;12月4日观看警示片'],
  ])('%s → %s', (text, written) => {
    expect(withDottedItemDays(text)).toBe(written);
  });

  it.each([
    ['12.3观看警示教育片,参加8人'],
    ['本月警示教育2次'],
    ['本月开展廉政教育2次,时长1.5小时'],
    ['11.24-11.26 廉洁教育'],
    ['本月我科共开展廉政教育2次,其中12.33观看警示教育片'],
  ])('leaves %s as it is', (text) => {
    expect(withDottedItemDays(text)).toBe(text);
  });
});

describe('parseReport over a counted lead with dotted days', () => {
  it('gba left: two items, no third record, 我科 the sender\'s department (孙丽\'s, on a card)', () => {
    const r = read('李娟', '本月我科共开展廉政教育2次，其中12月1日学习《条例》，12.3观看警示教育片');
    expect(r.map((x) => [x.draft.type, x.draft.date, nameOf(x.draft.actorId), x.draft.departmentId, x.draft.title, x.problems.length])).toEqual([
      ['edu_integrity', '2026-12-01', '孙丽', 'finance', '条例', 0],
      ['edu_warning', '2026-12-03', '孙丽', 'finance', undefined, 0],
    ]);
  });

  it('a count the items do not reach is said on the card, nothing padded', () => {
    const r = read('李娟', '本月我科共开展廉政教育3次，其中12月1日学习《条例》，12.3观看警示教育片');
    expect(r).toHaveLength(2);
    expect(r[0]!.remarks.join()).toContain('共3次');
  });

  // Round 64 (gdb): a total alone is no record (was: one 警示教育 asked its day); periodTotalReply asks the deeds one by one.
  it('a lone count is a total, no record', () => {
    expect(read('王芳', '本月警示教育2次')).toBeNull();
  });
});
