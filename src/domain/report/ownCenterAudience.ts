// 何平「今天上午给中心上了廉政党课」 (round 63, gcc; gbi's left-alone: stored with no department, while 「给中心全体人员上了…」
// kept 康复中心): 中心 written bare by a member of a 中心 is the sender's own unit, the audience of the lecture given to it.
import type { ParseContext, ParsedReport } from './draft.js';

/** 给中心 · 为我们中心 · 给本中心的同志 · 向中心职工, then the deed given (上了 · 讲了 · 讲授 · 作了 · 宣讲). */
const TO_CENTER = /(?:给|为|向)(?:我们|咱们|本|全)?中心(?:的)?(?:全体|全部|所有)?(?:人员|同志|职工|干部|党员|员工|大家)?(?:上了|讲了|讲授|作了|做了|宣讲|上|讲)/;

/**
 * `reports` with an education given to 中心 (TO_CENTER) put at the sender's own department when its name ends in 中心 and
 * the record names no department; from a sender of no 中心, at the directory's only 中心, said on the card
 * ('audience_unit'); as they were otherwise (another department named, several 中心 or none, another's deed, or `null`).
 */
export function withOwnCenterAudience(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || !text.includes('中心') || !TO_CENTER.test(text)) return reports;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  const given = (r: ParsedReport) => r.draft.type?.startsWith('edu_') === true && r.draft.departmentId === undefined && r.draft.actorId === undefined;
  if (own && own.name.endsWith('中心')) return reports.map((r) => (given(r) ? { ...r, draft: { ...r.draft, departmentId: own.id } } : r));
  // 孙丽 (财务科)「今天给中心上了廉政党课」 (round 64, gda; gcc's left-alone: no department, 中心 said nowhere): 中心 is not the
  // sender's unit, so it is the directory's one 中心 when there is exactly one — named on a card, since it is read, not said.
  const centers = ctx.directory.org.departments.filter((d) => d.name.endsWith('中心'));
  if (centers.length !== 1 || !reports.some(given)) return reports;
  const center = centers[0]!;
  return reports.map((r) =>
    given(r)
      ? { ...r, draft: { ...r.draft, departmentId: center.id }, remarks: [...r.remarks, `「中心」按${center.name}记（您不在中心，通讯录里只有这一个中心）`], reasons: [...new Set([...(r.reasons ?? []), 'audience_unit' as const])] }
      : r,
  );
}
