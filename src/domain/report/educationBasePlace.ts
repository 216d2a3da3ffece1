// 赵敏「12月2日带宣文部、康复中心党员到市廉政教育基地参观学习，共15人」 · 「组织党员到市廉政教育基地参观《清风正气》展览」
// (round 68, ghl; ghd's leftover, t71b): a 廉政教育 or 警示教育 held away at a base or hall was stored with its place dropped
// silently — the title and count kept, where they went gone. The place is the member's own word on the visit: kept as the
// record's note, so the card shows what will be stored.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/**
 * 到市廉政教育基地 · 赴省警示教育中心 · 前往红色教育基地 · 走进廉政文化展馆: going to a place of education; group 1 the place
 * (its own name, no verb after it). A place named by its city or province (市廉政教育基地), or by what it teaches other than
 * integrity (红色教育基地 · 革命纪念馆 · 党史教育馆, round 69 gif: the visit's place dropped): a bare 廉政教育基地 tells nothing
 * the type does not (noteFragments.test).
 */
const PLACE =
  '([\\u4e00-\\u9fa5]{0,6}?[市省区县][\\u4e00-\\u9fa5]{0,8}?(?:廉政教育基地|警示教育基地|教育基地|廉政教育馆|警示教育馆|警示教育中心|廉政文化(?:展馆|展厅|馆|基地|广场|公园)|纪念馆|展览馆|博物馆|监狱|看守所|法院)|' +
  '(?:红色|革命|党性|党史|爱国主义)[\\u4e00-\\u9fa5]{0,4}?(?:教育基地|基地|纪念馆|教育馆|展览馆|旧址))';
/**
 * 参观廉政文化展览 · 参观了廉洁教育图片展 (round 69, gif): the exhibition visited, named without 《》, its name kept as a
 * 《…》 title's is (a title's own 《清风正气》展览 is the title, not this).
 */
const EXHIBITION = '((?:廉政|廉洁|反腐倡廉)(?:文化|教育)?(?:展览|主题展|图片展|展))';
const VISITED_EXHIBITION = new RegExp(`参观了?\\s*${EXHIBITION}(?![\\u4e00-\\u9fa5]*》)`);
const EDUCATION_PLACE = new RegExp(`(?:到|赴|去|前往|来到|走进|走访)\\s*${PLACE}`);

/** Whether `note` is a place withEducationPlaceNoted kept (市廉政教育基地): said on the card as what will be stored. */
export function isEducationPlaceNote(note: string): boolean {
  return new RegExp(`^(?:${PLACE}|${EXHIBITION})$`).test(note);
}

/** A note is a short remark: a place longer than this is left to the member's words (the corpus's 12-character rule). */
const NOTE_MAX = 12;

/**
 * `reports` (null: no report, returned as it is) with the place a 廉政教育/警示教育 went to (「市廉政教育基地」), or the
 * exhibition it visited (「廉政文化展览」), as the note of each such record of `text` that has no note yet — and of a record
 * whose kind is still asked (到红色教育基地参观学习: the place kept for whatever kind the answer gives); `reports` itself when
 * the text names no such place.
 */
export function withEducationPlaceNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  const written = reports === null ? '' : normalizeText(text);
  const place = reports === null ? undefined : (EDUCATION_PLACE.exec(written)?.[1] ?? VISITED_EXHIBITION.exec(written)?.[1]);
  if (reports === null || place === undefined || place.length > NOTE_MAX) return reports;
  return reports.map((r) =>
    (r.draft.type === 'edu_integrity' || r.draft.type === 'edu_warning' || (r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type'))) &&
    !r.draft.note &&
    !(r.draft.title ?? '').includes(place)
      ? { ...r, draft: { ...r.draft, note: place } }
      : r,
  );
}
