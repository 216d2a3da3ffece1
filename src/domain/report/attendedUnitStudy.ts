// 参加了党组理论学习中心组学习 · 参加了机关组织的警示教育: a member who attended the 党组's or the whole 机关's study did not hold it.
import type { ParseContext, ReportProblem } from './draft.js';

/**
 * The sender's attending verb, then (within a few characters: 了, 由, 市残联) the 党组's study group or the 机关 as a
 * whole, then up to the study (the type masked, or 学习/培训/党课/教育/警示). 机关党委/机关纪委 are bodies bodyAsDoer reads;
 * 中心组织 is a centre organising, not the 中心组.
 */
const ATTENDED_UNIT =
  /(?:参加|参与|列席|旁听|聆听|出席|听)了?[\s\u0000]*(?:由)?[\u4e00-\u9fa5]{0,4}?(党组(?:理论学习)?(?:中心组)?|(?<!康复|[部科室])中心组(?!织)|机关(?!党委|纪委|党支部|第)|单位(?=[^,;。!?\n]{0,3}?(?:组织|举办|开展|召开|统一|集中)))(?=[^,;。!?\n]{0,16}?(?:\u0000|学习|培训|党课|教育|警示))/;

/** What the sender says before attending: nobody (or 我) and when; 宣文部全体党员参加了… is another reading's. */
const ONLY_WHEN = /^(?:[\s\u0000\d,.:]|我|本人|于|在|去|也|又|还|一同|一起|上午|下午|晚上|上旬|中旬|下旬|月初|月中|月底|月末|上周|本周|这周|上个?月|本月|这个?月|月份?|近期|近日|日前|最近)*$/;

export type AttendedUnitStudy = { id: string; start: number; end: number } | { candidateIds: string[] };

/**
 * Whose a study, warning education or lecture is when the sender only attended the 党组's (党组理论学习中心组, 中心组) or
 * the 机关's one (k22's reading of a department's study, extended: 「今天参加了党组理论学习中心组…」 was stored at once as
 * the sender's own). The 党组's study is its 书记's (duties.md: the 党组's education is the secretary's), for 确认; a 机关
 * study names no one who held it, so whose is asked, the secretary and the 机关党委书记 first. `rest` has the day and type
 * masked. Undefined when it reads otherwise, or the sender is the secretary (their own group's study).
 */
export function attendedUnitStudy(rest: string, ctx: ParseContext): AttendedUnitStudy | undefined {
  const m = ATTENDED_UNIT.exec(rest);
  if (!m || !ONLY_WHEN.test(rest.slice(0, m.index).replace(/^.*[:：]/, ''))) return undefined;
  const secretaries = ctx.directory.withRole('secretary').map((p) => p.id);
  if (secretaries.includes(ctx.senderId) || secretaries.length === 0) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  if (m[1]!.startsWith('党组') || m[1]!.startsWith('中心组')) return { id: secretaries[0]!, start, end: start + m[1]!.length };
  return { candidateIds: unitStudyCandidates(ctx) };
}

/** Whom 「这条…是谁的？」 offers for a 机关 study the sender attended: the secretary, the 机关党委书记, the leaders. */
function unitStudyCandidates(ctx: ParseContext): string[] {
  const secretaries = ctx.directory.withRole('secretary').map((p) => p.id);
  const party = ctx.directory.org.people.filter((p) => p.title.includes('机关党委书记')).map((p) => p.id);
  const leaders = ctx.directory.withRole('leader').map((p) => p.id);
  return [...new Set([...secretaries, ...party, ...leaders])].filter((id) => id !== ctx.senderId);
}

/** Whether `p` is the question attendedUnitStudy asks (whose the attended 机关 study was), by whom it offers. */
export function asksAttendedUnitStudy(p: ReportProblem, ctx: ParseContext): boolean {
  if (p.code !== 'missing_actor') return false;
  const offered = unitStudyCandidates(ctx);
  return p.candidateIds.length === offered.length && p.candidateIds.every((id, i) => id === offered[i]);
}
