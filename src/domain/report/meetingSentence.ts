// …主持召开分管科室党风廉政建设工作会议…。会议传达了市纪委有关通报精神，对年底廉洁风险进行了排查。 (round 37, t36c F7: a
// 自查总结 of the chair added beside the meeting): a sentence whose subject is the meeting tells what the meeting did — its
// content, never a deed of its own.
import type { ActivityTypeCode } from '../activityTypes.js';

/** 会议 · 会上 · 会议上 · 本次会议 opening a sentence: the meeting is its subject. 会后 · 会议结束后 · 会议期间 are not. */
const MEETING_SUBJECT = /^[\s\u0000,]*(?:本次|此次|这次)?(?:会议上|会议中|会上|会中|会议)(?!结束|之后|后|期间|前)/;

/** A clause telling a meeting held, ending with it: …召开党风廉政建设专题会议 · 主持召开…廉政风险防控会 · 开了个…会. */
const MEETING_HELD = /(?:召开|主持|组织|举行|开了)[^,;。!?，；！？]*?(?:会议|大会|会)[\s\u0000]*[,，]?[\s\u0000]*$/;

/**
 * A clause going on with the sentence's subject: it opens with its object (对/就…), a verb of what a meeting goes
 * through (排查/梳理/研究…) or a linking word (并/还/同时), never with a subject of its own (王建国… · 我… · 各科室…).
 */
const GOES_ON = /^[\s\u0000,]*(?:并|还|同时|也|随即)?[\s\u0000]*(?:专门|重点|逐一|逐项|集中|认真|深入|全面|进一步|专题)?(?:对|就|针对|围绕|结合|排查|梳理|查找|查摆|分析|研究|部署|听取|通报|传达|学习|安排|审议|讨论|剖析|梳理排查|研判)/;

/**
 * What a meeting goes through that a member would otherwise record of the chair: a 自查 (排查/梳理 风险点), a check or the
 * check of 责任书. A teaching held at it (会上学习了典型案例通报), an analysis (kept beside its 专题会议, withMeetingThatAnalysed),
 * a talk or a signing are records of their own, as the README has them.
 */
const CONTENT_KINDS: ReadonlySet<ActivityTypeCode> = new Set<ActivityTypeCode>(['report_self', 'pledge_check', 'inspect_style', 'inspect_funds']);

/**
 * Whether `piece`, a clause of a line cut by splitActivities with `before` the clauses ahead of it on the line, has the
 * meeting as its subject and tells only what the meeting went through: of kind `kind` (a 自查, a check; or none), no day
 * of its own (`hasDay` false), and either opening with 会议/会上/会议上/本次会议 itself or going on with no subject of its
 * own (对…进行了排查 · 并梳理了… · 排查了…) from such a clause of the same sentence. The caller checks a meeting was told
 * before it on the line.
 */
export function meetingContentClause(before: readonly string[], piece: string, kind: ActivityTypeCode | undefined, hasDay: boolean): boolean {
  if (hasDay || (kind !== undefined && !CONTENT_KINDS.has(kind))) return false;
  // Back through the sentence (never past a clause that ends one) while each clause goes on with the subject before it.
  let clause = piece;
  for (let at = before.length; ; at--) {
    if (MEETING_SUBJECT.test(clause)) return true;
    // 部门召开党风廉政建设专题会议，对照问题清单开展廉政风险点排查 (t47b F2: the 排查 split off as a 自查总结 of its own, which
    // would count toward the 科室自查 duty): the 排查 going on from the clause that tells the meeting held is its agenda.
    if (clause !== piece && kind === 'report_self' && MEETING_HELD.test(clause)) return true;
    if (!GOES_ON.test(clause) || at === 0 || /[。!?\n][\s\u0000]*$/.test(before[at - 1]!)) return false;
    clause = before[at - 1]!;
  }
}
