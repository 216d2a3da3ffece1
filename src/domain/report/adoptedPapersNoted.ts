// 李明「办公室11月份报送廉政信息2篇，其中1篇被市纪委网站采用」 (t51b F9, #23: the 采用 kept nowhere, nothing said; round 49, fvb):
// what became of the papers handed in (其中N篇被…采用/录用/刊发) is the member's own word on them, kept in their note.
import type { ParsedReport } from './draft.js';
import { ADOPTED } from './departmentPaperItems.js';

/**
 * `reports` (null: no report, returned as it is) with the 其中…被…采用 clause of `text` in the note of every 信息报送 record of
 * no one talked to that does not hold it yet; `reports` itself when the text says none.
 */
export function withAdoptedPapersNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  const said = ADOPTED.exec(text)?.[0];
  if (reports === null || said === undefined) return reports;
  return reports.map((r) =>
    r.draft.type === 'report_info' && r.draft.counterpartIds.length === 0 && !(r.draft.note ?? '').includes(said)
      ? { ...r, draft: { ...r.draft, note: r.draft.note ? `${r.draft.note}；${said}` : said } }
      : r,
  );
}
