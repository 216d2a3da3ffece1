// Round 50, fxf (tidy): rounds 49 fvd and fvb each kept 「…被…采用」 in a 信息's note with their own edges; one reader now.
// Before: 其中2篇被省残联门户网站采用 was noted 「被省残联门户网站采用；其中2篇被省残联门户网站采用」 (fvd's 12-character
// short form, then fvb's whole clause after it, 14 characters); now the clause once (已 dropped), as written where it fits
// a note's 12 characters, else the outlet alone (被省残联门户网站采用), else none (the corpus's rule on notes).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { adoptedPaperClause } from '../../../src/domain/report/adoptedPaperNote.js';

const directory = loadConfig('config').directory;
const notes = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => r.draft.note);

describe('a paper taken up is noted once, as written (round 50, fxf)', () => {
  it.each([
    ['李明', '办公室11月份报送廉政信息2篇，其中1篇被市纪委网站采用', ['其中1篇被市纪委网站采用']],
    ['李明', '办公室11月份报送廉政信息3篇，其中2篇被省残联门户网站采用', ['被省残联门户网站采用']],
    ['李明', '办公室11月份报送廉政信息3篇，其中1篇被省残疾人联合会官方网站采用', [undefined]],
    ['王磊', '上周三宣文部报送廉政信息一篇 已被市纪委网站采用', ['被市纪委网站采用']],
    ['王磊', '上周三宣文部报送廉政信息一篇，被《市纪检监察》刊发', ['被《市纪检监察》刊发']],
    ['王磊', '11月20日宣文部报送廉政信息两篇，均被市纪委网站录用', ['均被市纪委网站录用', '均被市纪委网站录用']],
    // Round 68 (ghb; t70b): a part's word (其中一篇…) is said once, on the first paper — on both, each read as the one taken up.
    ['王磊', '11月20日宣文部报送廉政信息两篇（关于窗口作风），其中一篇被市纪委网站采用', ['其中一篇被市纪委网站采用', undefined]],
    ['林晓', '11月份信息报送情况：办公室3篇，其中1篇被市纪委网站采用；宣文部2篇；组联部0篇', ['其中1篇被市纪委网站采用', undefined]],
    ['王磊', '上周三和王强谈心谈话，他写的信息被市纪委网站采用', [undefined]],
  ] as const)('%s：%s', (from, text, expected) => {
    expect(notes(from, text)).toEqual(expected);
  });

  it('reads the clause alone', () => {
    expect(adoptedPaperClause('其中1篇已经被市纪委网站录用')).toBe('其中1篇被市纪委网站录用');
    expect(adoptedPaperClause('两篇都被市残联网站转载')).toBe('都被市残联网站转载');
    expect(adoptedPaperClause('报送廉政信息2篇')).toBeUndefined();
    // The part's count written after the verb (round 68, ghb; t70b: 「其中被…采用」, its 1条 lost) goes where a part's count stands.
    expect(adoptedPaperClause('其中被市纪委网站采用1条')).toBe('其中1条被市纪委网站采用');
    expect(adoptedPaperClause('其中被市纪委网站采用两篇')).toBe('其中两篇被市纪委网站采用');
  });
});
