// 召开分管科室党风廉政建设工作会议，分析研判分管领域廉政风险 (round 33b t33b, F3: a second record 分析研判 — the secretary's
// half-yearly duty — credited to the 副理事长 who chaired, its chair asked although a 纪要 gave 主持人): the verb phrase said
// right after a 分管科室会议 is what that meeting did, its topic (as 研究/部署/传达 are), never a deed of its own.
// A 专题会议 that 分析研判 keeps both records (meetingThatAnalysed.ts); 党组会议，分析研判… (no catalogue meeting) stays 分析研判.
import type { ActivityTypeCode } from '../activityTypes.js';

/**
 * 分析研判… · 会上研判… · 并深入分析研判… · 对分管领域政治生态进行分析研判 · 就廉政风险开展研判: the clause opens with the
 * analysis as a verb (its object before it with 对/就); 形势分析会 (a meeting's name) does not.
 */
const ANALYSES =
  /^[\s\u0000]*(?:会上|会议上|会议|并)?[\s\u0000]*(?:(?:对|就)[^,;。!?，；]{1,24}?(?:进行|开展|作)了?)?(?:专题|集中|认真|深入|重点|共同|全面)?(?:分析研判|研判|分析)(?:了)?(?![\u4e00-\u9fa5]{0,6}?会)/;

/**
 * Whether `clause` (one clause, no day of its own) after a group of type `meetingKind` is only that 分管科室会议's stated
 * topic: an analysis verb opening it. Pure.
 */
export function analysisAtDeptMeeting(meetingKind: ActivityTypeCode | undefined, clause: string): boolean {
  return meetingKind === 'meeting_dept' && ANALYSES.test(clause);
}

/** A kind match: where its words are in the text read, and its type. */
interface Placed {
  code: ActivityTypeCode;
  start: number;
  end: number;
}

/**
 * Whether kind match `m` of `text` is a 分析研判 that opens a clause after a 分管科室会议 named earlier in the same sentence
 * (a match in `matches`): that meeting's topic, so neither a type passed over (「未按分析研判」) nor words no record took.
 */
export function analysisTopicOfDeptMeeting(text: string, m: Placed, matches: readonly Placed[]): boolean {
  if (m.code !== 'review_analysis') return false;
  const clauseStart = Math.max(...[',', '，'].map((c) => text.lastIndexOf(c, m.start - 1))) + 1;
  if (clauseStart === 0 || !analysisAtDeptMeeting('meeting_dept', text.slice(clauseStart))) return false;
  return matches.some((k) => k.code === 'meeting_dept' && k.end <= clauseStart && !/[。;；!?！？\n]/.test(text.slice(k.end, clauseStart)));
}
