// 对康复中心进行明察暗访，并走访了财务科 · …，又督查了财务科: a place a check went on to is one of its places.
import { directoryIndex } from './parseDirectoryIndex.js';
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** A verb of going to look at a place, right before it: 走访了 · 又暗访了 · 督查了 · 检查了 · 抽查 · 来到 · 到. */
// 又督查了财务科: a check's own word is masked (\u0000) in the text read here; a masked day alone is no verb.
// 还对财务科开展了… · 并对财务科进行了检查 (u1: 财务科 lost, or only named as a leftover 「检查」): 对 after 并/又/还 too.
// …查了考勤，下午又去了维权部 · 又去维权部检查了考勤 (round 33b, F4: 维权部 lost, at once when typed): 去/赴/前往 go there as 到 does.
const VISIT_BEFORE = /(?:(?:走访|暗访|督查|检查|抽查|巡查|察看|查看|来到|深入|到|去|赴|前往)了?|(?:又|并|还|再|也)\s*\u0000+了?|\u0000+了|(?:又|并|还|再|也|同时)\s*对)\s*$/;

/**
 * `report` (a check) with the departments `text` names right after a visit verb (并走访了财务科) added to its places, in the
 * order written: the check's record names every place it went (issue 10: the second place was dropped without a word).
 * Several places are kept as `departmentIds`, as 对康复中心、财务科进行… already is, shown for 确认 (`items`). Unchanged when no
 * new place is named.
 */
export function withPlacesVisitedToo(report: ParsedReport, text: string, directory: Directory): ParsedReport {
  const index = directoryIndex(directory);
  const d = report.draft;
  const known = d.departmentIds ?? (d.departmentId !== undefined ? [d.departmentId] : []);
  const more: string[] = [];
  for (const m of text.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (dept && !known.includes(dept.id) && !more.includes(dept.id) && VISIT_BEFORE.test(text.slice(0, m.index))) more.push(dept.id);
  }
  if (more.length === 0 || known.length === 0) return report;
  // 同时检查了康复中心 may have been a check of another kind: the places read together are shown for a tap (b27).
  return { ...report, draft: { ...d, departmentIds: [...known, ...more] }, reasons: [...(report.reasons ?? []), 'items'] };
}
