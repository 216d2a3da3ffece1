// What became of the papers handed in is the member's own word on them, kept in the 信息's note (round 50, fxf: one reader
// for what rounds 49 fvd and fvb each kept with their own edges — fvd 「已被…采用」 shortened to 12 characters on a record
// with no note, fvb 「其中…被…采用」 appended to any note at any length — which together noted 「被X采用；其中2篇被X采用」).
// 办公室11月份报送廉政信息2篇，其中1篇被市纪委网站采用 (t51b F9: neither kept nor said) · 报送廉政信息一篇 已被市纪委网站采用 ·
// 均被市纪委网站录用 · 其中《守住底线》一文被市纪委网站采用.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** 其中1篇被市纪委网站采用 · 已被市纪委网站录用 · 均被《XX日报》刊发: which ones (其中…), all (均/都), by whom, and the verb. */
const ADOPTED = /(其中[^，,；;。\n（）()被]{0,16}?)?\s*(?:已经?|还|也)?\s*(均|都)?\s*(?:已经?)?(?:被|获)([^,，;；。!?！？\s]{2,16}?)(采用|录用|刊发|刊登|转载|选用)/;

/** A note is a short remark (12 characters at most, the corpus's rule): a long 其中… gives way to the outlet alone. */
const NOTE_MAX = 12;

/** The clause of `text` saying its papers were taken up, as a note keeps it (已 dropped, the rest as written), or undefined. */
export function adoptedPaperClause(text: string): string | undefined {
  const m = ADOPTED.exec(normalizeText(text));
  if (!m) return undefined;
  const whole = `${(m[1] ?? '').replace(/\s+/g, '')}${m[2] ?? ''}被${m[3]}${m[4]}`;
  const short = `${m[2] ?? ''}被${m[3]}${m[4]}`;
  return [whole, short].find((note) => note.length <= NOTE_MAX);
}

/**
 * `reports` (null: no report, returned as it is) with the clause of `text` saying its papers were taken up (「其中1篇被市纪委
 * 网站采用」) in the note of every 信息报送 record of no one talked to that does not hold it yet — after any note it has,
 * where both fit a note; `reports` itself when the text says none.
 */
export function withAdoptedPaperNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  const said = reports === null ? undefined : adoptedPaperClause(text);
  if (reports === null || said === undefined) return reports;
  return reports.map((r) => {
    if (r.draft.type !== 'report_info' || r.draft.counterpartIds.length > 0 || (r.draft.note ?? '').includes(said)) return r;
    const note = r.draft.note ? `${r.draft.note}；${said}` : said;
    return note.length <= NOTE_MAX ? { ...r, draft: { ...r.draft, note } } : r;
  });
}
