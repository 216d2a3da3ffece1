// 「11月20日配合纪检对我部进行了廉政风险点排查」 (w2, round 33c A08: asked whose, but shown as 自查总结): a check a 纪检/纪委 body
// made of the sender's own unit is no 自查 of that unit — a 自查总结 is a unit's own look at itself. Its type is asked.
import type { ParsedReport } from './draft.js';

/**
 * 纪检 · 机关纪委 · 纪委 · 纪检组 · 纪检监察组, then 对 + a unit (我部 · 本科室 · 中心): a body checking a unit, which is never that
 * unit's 自查 (我部在纪检指导下开展了自查, with no 对, stays the unit's own).
 */
const BODY_CHECKING_UNIT = /(?:纪检|纪委|纪检组|纪检监察组)[^,;。]{0,6}?对/;

/**
 * `found`, the reports read from `piece` (one clause), with each 自查总结 of a body's check on the sender's unit left of no
 * type (missing_type, its 「…按自查总结记录」 remark removed); any other report, or any other clause, as it is.
 */
export function withBodyCheckUntyped(found: readonly ParsedReport[], piece: string): ParsedReport[] {
  if (!BODY_CHECKING_UNIT.test(piece)) return [...found];
  return found.map((r) => {
    if (r.draft.type !== 'report_self') return r;
    const { type: _type, ...draft } = r.draft;
    return {
      ...r,
      draft,
      problems: [...r.problems.filter((p) => p.code !== 'missing_type'), { code: 'missing_type' as const }],
      remarks: r.remarks.filter((m) => !m.endsWith('按自查总结记录')),
    };
  });
}
