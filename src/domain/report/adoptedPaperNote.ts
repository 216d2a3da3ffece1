// What became of the papers handed in is the member's own word on them, kept in the 信息's note (round 50, fxf: one reader
// for what rounds 49 fvd and fvb each kept with their own edges — fvd 「已被…采用」 shortened to 12 characters on a record
// with no note, fvb 「其中…被…采用」 appended to any note at any length — which together noted 「被X采用；其中2篇被X采用」).
// 办公室11月份报送廉政信息2篇，其中1篇被市纪委网站采用 (t51b F9: neither kept nor said) · 报送廉政信息一篇 已被市纪委网站采用 ·
// 均被市纪委网站录用 · 其中《守住底线》一文被市纪委网站采用.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';
import { isPartNote } from './partNoteOnce.js';

/** 其中1篇被市纪委网站采用 · 已被市纪委网站录用 · 均被《XX日报》刊发: which ones (其中…), all (均/都), by whom, and the verb. */
const ADOPTED = /(其中[^，,；;。\n（）()被]{0,16}?|有\s*(?:\d{1,2}|[一两二三四五六七八九十])\s*[篇条份])?\s*(?:已经?|还|也)?\s*(均|都)?\s*(?:已经?)?(?:被|获)([^,，;；。!?！？\s]{2,16}?)(采用|录用|刊发|刊登|转载|选用)(?:\s*(\d{1,2}|[一两二三四五六七八九十])\s*(篇|条|份|期))?/;

/** Whether `note` holds what became of the papers (其中1篇被市残联网站采用 · 均被…录用): said on the card as it will be stored. */
export function isAdoptedPaperNote(note: string): boolean {
  return /(?:被|获)[^；]{0,16}?(?:采用|录用|刊发|刊登|转载|选用)/.test(note);
}

/** A note is a short remark (12 characters at most, the corpus's rule): a long 其中… gives way to the outlet alone. */
const NOTE_MAX = 12;

/** The clause of `text` saying its papers were taken up, as a note keeps it (已 dropped, the rest as written), or undefined. */
export function adoptedPaperClause(text: string): string | undefined {
  const m = ADOPTED.exec(normalizeText(text));
  if (!m) return undefined;
  // 其中被市纪委网站采用1条 (round 68, ghb; t70b: the note said 「其中被…采用」, its 1条 gone): the count after the verb is the
  // part's, written where the note puts a part's count (其中1条被…采用).
  const part = (m[1] ?? '').replace(/\s+/g, '').replace(/^有/, '其中');
  // 报送廉政信息2篇，被市残联网站采用1篇 · 有1篇被…采用 (round 68, ghl; t71b F4: both papers stored 「被市残联网站采用」): a count
  // after the verb or 有N篇 before 被 tells of a part, as 其中 does — said as one (其中1篇被…采用), kept on one record
  // (partNoteOnce). 均/都 says all: no part.
  const counted = (part === '其中' || (part === '' && m[2] === undefined)) && m[5] !== undefined ? `其中${m[5]}${m[6]}` : part;
  const whole = `${counted}${m[2] ?? ''}被${m[3]}${m[4]}`;
  const short = `${m[2] ?? ''}被${m[3]}${m[4]}`;
  return [whole, short].find((note) => note.length <= NOTE_MAX);
}

/** 采用1篇 · 录用2条 with no outlet said: a part of the papers taken up (round 68, ghl; t71b F4's kind). */
const BARE_ADOPTED = /(?:^|[，,；;、\s])(?:已经?|并)?(?:被)?(采用|录用|刊发|刊登|选用)\s*(\d{1,2}|[一两二三四五六七八九十])\s*(篇|条|份)/;

/** adoptedPaperClause, or for a bare 采用1篇 the part it tells of (其中1篇被采用), or undefined. */
function adoptedNote(text: string): string | undefined {
  const said = adoptedPaperClause(text);
  if (said !== undefined) return said;
  const m = BARE_ADOPTED.exec(normalizeText(text));
  return m ? `其中${m[2]}${m[3]}被${m[1]}` : undefined;
}

/**
 * `reports` (null: no report, returned as it is) with the clause of `text` saying its papers were taken up (「其中1篇被市纪委
 * 网站采用」) in the note of every 信息报送 record of no one talked to that does not hold it yet — after any note it has,
 * where both fit a note; `reports` itself when the text says none.
 */
export function withAdoptedPaperNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  const said = reports === null ? undefined : adoptedNote(text);
  if (reports === null || said === undefined) return reports;
  // A part's word (其中1条被…采用) said of several papers is said once, on the first (round 68, ghb; partNoteOnce).
  let noted = false;
  return untitledByAdoption(reports, text).map((r) => {
    if (r.draft.type !== 'report_info' || r.draft.counterpartIds.length > 0 || (r.draft.note ?? '').includes(said)) return r;
    if (isPartNote(said) && noted) return r;
    noted = true;
    const note = r.draft.note ? `${r.draft.note}；${said}` : said;
    return note.length <= NOTE_MAX ? { ...r, draft: { ...r.draft, note } } : r;
  });
}

/** 其中《廉洁过节》一文 · 其中《T》这篇: the one paper of several a 其中 clause names by its title, group 1 the title. */
const ONE_NAMED = /其中\s*《([^《》]{1,30})》\s*(?:一文|一篇|这篇|那篇|这一篇|文章)?\s*(?:已经?|还|也)?\s*(?:被|获)/;

/**
 * 报送廉政信息2篇，其中《廉洁过节》一文被市纪委网站采用 (round 58, fdf; fee's left-alone: both papers stored as 《廉洁过节》, or
 * the title given to the last day's): the title a 其中 clause names is one paper's of several, and the message does not say
 * which — no paper is given it, and the card says so. A single paper keeps it (报送信息1篇，《T》被…采用 · 报送信息《T》，被…采用).
 */
function untitledByAdoption(reports: ParsedReport[], text: string): ParsedReport[] {
  const named = ONE_NAMED.exec(normalizeText(text))?.[1]?.trim();
  const papers = reports.filter((r) => r.draft.type === 'report_info' && r.draft.counterpartIds.length === 0);
  if (named === undefined || papers.length < 2 || !papers.some((r) => r.draft.title === named)) return reports;
  let said = false;
  return reports.map((r) => {
    if (!papers.includes(r)) return r;
    const { title: _named, ...untitled } = r.draft;
    const draft = r.draft.title === named ? untitled : r.draft;
    const remarks = said ? r.remarks : [...r.remarks, `《${named}》是其中被采用的一篇，没有写明是哪一篇，未记为题目`];
    said = true;
    return { ...r, draft, remarks, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] };
  });
}
