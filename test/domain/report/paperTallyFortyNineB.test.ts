// Round 49 (fvb, t51b F2/F9): what the corpus notation does not show of a tally of papers by department — how many papers
// each department's record asks the days of, the total that disagrees said on the card, 其中…被采用 in the note — and the
// tally reader itself.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { isQuotaTally, paperTally } from '../../../src/domain/report/departmentPaperItems.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string) => parseReport(text, { now, directory, senderId: id(from), mentions: [] })!;
const asked = (from: string, text: string) =>
  read(from, text).map((r) => [r.draft.departmentId, r.problems.find((p) => p.code === 'missing_date')?.code === 'missing_date' ? ((r.problems.find((p) => p.code === 'missing_date') as { count?: number }).count ?? 1) : 0]);

describe('paperTally', () => {
  it('reads departments, counts, days, a total and remarks', () => {
    const t = paperTally('11月各部室共报送廉政信息6篇：办公室3篇，其中1篇被市纪委网站采用，宣文部2篇（11月3日、11月17日）；康复中心1篇', directory)!;
    expect(t.items).toEqual([
      { department: '办公室', count: 3, days: [], remarks: ['其中1篇被市纪委网站采用'] },
      { department: '宣文部', count: 2, days: ['11月3日', '11月17日'], remarks: [] },
      { department: '康复中心', count: 1, days: [], remarks: [] },
    ]);
    expect(t.total).toBe(6);
    expect(t.heading).toBe('11月廉政信息报送情况：');
  });

  it('reads no tally in a question, a heading alone or one department', () => {
    expect(paperTally('各科室报送廉政信息情况怎么样', directory)).toBeUndefined();
    expect(paperTally('截至11月底各科室报送廉政信息情况', directory)).toBeUndefined();
    expect(paperTally('11月份信息报送情况：办公室3篇', directory)).toBeUndefined();
  });

  it('tells a quota or what is missing from papers handed in', () => {
    expect(isQuotaTally('各科室应报送廉政信息：办公室3篇，宣文部2篇', directory)).toBe(true);
    expect(isQuotaTally('11月信息报送还差：组联部1篇，维权部1篇', directory)).toBe(true);
    expect(isQuotaTally('截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇', directory)).toBe(false);
  });
});

describe('a tally of papers with no days asks each department\'s days, as many as its count', () => {
  it.each([
    ['林晓', '截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇，康复中心1篇。', [['office', 3], ['publicity', 2], ['center', 1]]],
    ['林晓', '11月各科室报送廉政信息：办公室3篇，宣文部2篇', [['office', 3], ['publicity', 2]]],
    ['王芳', '11月各科室报送廉政信息：办公室两篇，财务科一篇，宣文部三篇', [['office', 2], ['finance', 1], ['publicity', 3]]],
    ['林晓', '本月廉政信息报送统计：\n办公室3篇\n财务科1篇\n维权部2篇', [['office', 3], ['finance', 1], ['rights', 2]]],
    ['林晓', '11月份信息报送情况：办公室2篇（11月3日、11月17日），宣文部1篇', [['office', 0], ['office', 0], ['publicity', 1]]],
  ])('%s: 「%s」', (from, text, want) => {
    expect(asked(from, text)).toEqual(want);
  });

  it('says a total that is not the sum on the card, and none that is', () => {
    const off = read('林晓', '11月各部室共报送廉政信息7篇：办公室3篇，宣文部2篇，康复中心1篇');
    expect(off[0]!.remarks.join('')).toContain('合计7篇与各部门逐项相加的6篇不一致');
    expect(off[0]!.reasons).toContain('leftover');
    const even = read('林晓', '11月各部室报送廉政信息情况：办公室3篇，宣文部2篇，康复中心1篇，共6篇');
    expect(even.flatMap((r) => r.remarks).join('')).not.toContain('不一致');
  });

  it('keeps 其中…被…采用 in the note of the papers it is said of', () => {
    const tally = read('林晓', '11月份信息报送情况：办公室3篇，其中1篇被市纪委网站采用；宣文部2篇；组联部0篇');
    expect(tally.map((r) => r.draft.note)).toEqual(['其中1篇被市纪委网站采用', undefined]);
    expect(read('李明', '办公室11月份报送廉政信息2篇，其中1篇被市纪委网站采用')[0]!.draft.note).toBe('其中1篇被市纪委网站采用');
  });
});
