// t42c F5 / t43 fpc: 「11月20日和孙丽进行了谈心谈话，顺便查了下专项资金账目」 recorded the check with no department (资金 @-):
// a check made in passing (顺便 · 顺带 · 顺手 · 捎带) beside a talk is made where the talk was — the talk's department (孙丽's
// 财务科, or the 到财务科/在办公室 it was held at) — unless the check names a place of its own (顺便检查了宣文部的考勤).
import { isCheckType, isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/** An entry that opens with a word of doing something in passing (the passes cut the sentence at its comma before it). */
const IN_PASSING = /^[\s,，]*(?:并|还|也|又|另外)?(?:顺便|顺带|顺手|捎带|附带)/;

/**
 * `reports` (one entry's records, read from `own`) with each check of no department given the department of the talks
 * before it on its line (`before`), when `own` opens in passing (顺便查了…) and those talks, of the check's day and doer, are
 * all at one department; `reports` itself otherwise.
 */
export function withPassingCheckPlace(reports: ParsedReport[], own: string, before: readonly ParsedReport[]): ParsedReport[] {
  if (!IN_PASSING.test(own)) return reports;
  const placeless = (r: ParsedReport) => r.draft.type !== undefined && isCheckType(r.draft.type) && r.draft.departmentId === undefined && (r.draft.departmentIds ?? []).length === 0;
  if (!reports.some(placeless)) return reports;
  return reports.map((r) => {
    if (!placeless(r)) return r;
    const talks = before.filter((t) => t.draft.type !== undefined && isTalkType(t.draft.type) && t.draft.date === r.draft.date && t.draft.actorId === r.draft.actorId);
    const places = new Set(talks.map((t) => t.draft.departmentId));
    const [place] = places;
    if (talks.length === 0 || places.size !== 1 || place === undefined) return r;
    return { ...r, draft: { ...r.draft, departmentId: place } };
  });
}
