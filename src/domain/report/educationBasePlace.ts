// 赵敏「12月2日带宣文部、康复中心党员到市廉政教育基地参观学习，共15人」 · 「组织党员到市廉政教育基地参观《清风正气》展览」
// (round 68, ghl; ghd's leftover, t71b): a 廉政教育 or 警示教育 held away at a base or hall was stored with its place dropped
// silently — the title and count kept, where they went gone. The place is the member's own word on the visit: kept as the
// record's note, so the card shows what will be stored.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/**
 * 到市廉政教育基地 · 赴省警示教育中心 · 前往红色教育基地 · 走进廉政文化展馆: going to a place of education; group 1 the place
 * (its own name, no verb after it). Only a place named by its city or province (市廉政教育基地): a bare 廉政教育基地 tells
 * nothing the type does not (noteFragments.test).
 */
const PLACE =
  '([\\u4e00-\\u9fa5]{0,6}?[市省区县][\\u4e00-\\u9fa5]{0,8}?(?:廉政教育基地|警示教育基地|教育基地|廉政教育馆|警示教育馆|警示教育中心|廉政文化(?:展馆|展厅|馆|基地|广场|公园)|纪念馆|展览馆|博物馆|监狱|看守所|法院))';
const EDUCATION_PLACE = new RegExp(`(?:到|赴|去|前往|来到|走进|走访)\\s*${PLACE}`);

/** Whether `note` is a place withEducationPlaceNoted kept (市廉政教育基地): said on the card as what will be stored. */
export function isEducationPlaceNote(note: string): boolean {
  return new RegExp(`^${PLACE}$`).test(note);
}

/** A note is a short remark: a place longer than this is left to the member's words (the corpus's 12-character rule). */
const NOTE_MAX = 12;

/**
 * `reports` (null: no report, returned as it is) with the place a 廉政教育/警示教育 went to (「市廉政教育基地」) as the note of
 * each such record of `text` that has no note yet; `reports` itself when the text names no such place.
 */
export function withEducationPlaceNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  const place = reports === null ? undefined : EDUCATION_PLACE.exec(normalizeText(text))?.[1];
  if (reports === null || place === undefined || place.length > NOTE_MAX) return reports;
  return reports.map((r) =>
    (r.draft.type === 'edu_integrity' || r.draft.type === 'edu_warning') && !r.draft.note && !(r.draft.title ?? '').includes(place)
      ? { ...r, draft: { ...r.draft, note: place } }
      : r,
  );
}
