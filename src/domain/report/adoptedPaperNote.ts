// 办公室11月份报送廉政信息2篇，其中1篇被市纪委网站采用 (round 49, fvd; t51b F9: neither kept nor said) · 报送廉政信息一篇
// 已被市纪委网站采用 (a space for the comma, nothing kept): that a paper was taken up by an outlet is kept in the 信息's note.
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';

/** 其中1篇被市纪委网站采用 · 已被市纪委网站录用 · 被《XX日报》刊发: how many (其中N篇), by whom, and the verb. */
const ADOPTED = /(其中\s*\d+\s*篇)?\s*(?:已经?|均|都|还)?(?:被|获)([^,，;；。!?！？\s]{2,16}?)(采用|录用|刊发|刊登|转载|选用)/;

/**
 * `reports` with each 信息 record that has no note yet noted with what `text` says was taken up by an outlet (「其中1篇被市纪委
 * 网站采用」 · 「被市纪委网站采用」); unchanged when the message says none.
 */
export function withAdoptedPaperNoted(reports: ParsedReport[], text: string): ParsedReport[] {
  const m = ADOPTED.exec(arabicizeNumerals(normalizeText(text)));
  if (!m) return reports;
  // A note is a short remark (12 characters at most): a long count of which ones gives way to the outlet.
  const whole = `${(m[1] ?? '').replace(/\s+/g, '')}被${m[2]}${m[3]}`;
  const note = whole.length <= 12 ? whole : `被${m[2]}${m[3]}`;
  if (note.length > 12) return reports;
  return reports.map((r) => (r.draft.type === 'report_info' && r.draft.note === undefined ? { ...r, draft: { ...r.draft, note } } : r));
}
