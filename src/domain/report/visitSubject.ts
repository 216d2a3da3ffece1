// 赵敏副理事长11月20日到康复中心调研；11月21日，与何平… : the one a visit names as its subject, though the visit gives no record.
import { parseActor } from './parseActor.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { ParseContext } from './draft.js';

/** 到康复中心调研 · 赴维权部走访 · 在组联部调研 · 到财务科走访慰问 · 到宣文部检查指导工作: going somewhere to look, not a deed of the catalogue. */
// 到财务科督导党风廉政建设工作 (round 39, t38a F3's kin: the visitor lost for the line after it): a 督导 visit is one too.
const VISIT = /调研|走访|慰问|检查指导|指导工作|视察|督导/;

/**
 * The directory id of the person a clause of a visit names as its subject (`piece` as written, its day not masked), when it is
 * someone other than the sender; undefined when the clause tells of no visit or names no one. Issue 10: a visit between
 * ；-entries gave no record, so the 与何平… entry after it lost the doer named once before it (the card asked 和谁, 何平
 * being the sender).
 */
export function visitSubject(piece: string, ctx: ParseContext, today: string): string | undefined {
  if (!VISIT.test(piece)) return undefined;
  const { rest } = parseDay(arabicizeNumerals(piece), today);
  const found = parseActor(rest, ctx, false, false);
  return found.actorId !== undefined && found.actorId !== ctx.senderId ? found.actorId : undefined;
}
