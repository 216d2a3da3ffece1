// 「…分管副理事长陈志强对…开展任前廉政谈话，并围绕…到部门开展调研，形成调研报告1篇」 (t52b F1): the 调研报告 written in a
// clause of its own after the visit was stored with no department (the visit's 教育就业部 then named as 「没有对应到任何记录」),
// while 「到维权部开展调研，形成调研报告1篇」 in one clause is filed at 维权部. The paper of a 调研 visit is filed where the visit
// went, whichever clause it is written in.
import type { ParseContext, ParsedReport } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { withOwnUnitVisited } from './ownUnitVisited.js';

/** 到/来到/来/赴/深入/前往 (我们/本) right before the place: the visit's place. */
const GONE_TO = /(?:到|来到|来|赴|深入|前往)(?:了)?(?:我们|咱们|本)?$/;
/** 调研 within the clause after the place (开展调研 · 调研指导 · 进行专题调研). */
const RESEARCHED_AFTER = /^[^,，;；。!！?？\n]{0,12}?调研/;

/**
 * `reports` with the one 调研报告 of no department given the one department `text` says a 调研 visit went to (到教育就业部开展调研);
 * unchanged when no paper waits for a place, or the message goes to no such place or to several.
 */
export function withResearchPaperPlace(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const placeless = reports.filter((r) => r.draft.type === 'report_research' && r.draft.departmentId === undefined && (r.draft.departmentIds ?? []).length === 0);
  if (placeless.length !== 1) return reports;
  const index = directoryIndex(ctx.directory);
  const told = withOwnUnitVisited(text, ctx.directory, ctx.senderId);
  const places = new Set<string>();
  for (const m of told.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (!dept || !GONE_TO.test(told.slice(0, m.index)) || !RESEARCHED_AFTER.test(told.slice(m.index! + m[0].length))) continue;
    places.add(dept.id);
  }
  if (places.size !== 1) return reports;
  const [place] = places;
  return reports.map((r) => (r === placeless[0] ? { ...r, draft: { ...r.draft, departmentId: place! } } : r));
}
