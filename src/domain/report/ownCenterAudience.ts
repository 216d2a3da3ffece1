// 何平「今天上午给中心上了廉政党课」 (round 63, gcc; gbi's left-alone: stored with no department, while 「给中心全体人员上了…」
// kept 康复中心): 中心 written bare by a member of a 中心 is the sender's own unit, the audience of the lecture given to it.
import type { ParseContext, ParsedReport } from './draft.js';

/** 给中心 · 为我们中心 · 给本中心的同志 · 向中心职工, then the deed given (上了 · 讲了 · 讲授 · 作了 · 宣讲). */
const TO_CENTER = /(?:给|为|向)(?:我们|咱们|本|全)?中心(?:的)?(?:全体|全部|所有)?(?:人员|同志|职工|干部|党员|员工|大家)?(?:上了|讲了|讲授|作了|做了|宣讲|上|讲)/;

/**
 * `reports` with an education given to 中心 (TO_CENTER) put at the sender's own department when its name ends in 中心 and
 * the record names no department; as they were otherwise (another department named, the sender of no 中心, or `null`).
 */
export function withOwnCenterAudience(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || !text.includes('中心') || !TO_CENTER.test(text)) return reports;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!own || !own.name.endsWith('中心')) return reports;
  return reports.map((r) =>
    r.draft.type?.startsWith('edu_') && r.draft.departmentId === undefined && r.draft.actorId === undefined ? { ...r, draft: { ...r.draft, departmentId: own.id } } : r,
  );
}
