// 召开专题会议…，分析研判了…形势: one 专题会议, whose agenda the analysis was.
import type { ParsedReport } from './draft.js';
import type { KindChoice, KindMatch } from './parseKind.js';

/**
 * When the type chosen is 分析研判 and a 专题会议 is named before it (the event, whose agenda the analysis was), the
 * record is that 专题会议 (found by the tester, round 10: the meeting dropped for 「按分析研判记录」). Agenda verbs inside
 * one meeting (研究, 分析研判, 部署) make no record of their own (round 16: a 专题会议 and a 分析研判 from one meeting); the
 * card says how it was read. A meeting named after the analysis (形势分析研判专题会) is the analysis' own name.
 */
export function withMeetingThatAnalysed(reports: ParsedReport[], kind: KindChoice, matches: KindMatch[]): ParsedReport[] {
  if (kind.code !== 'review_analysis') return reports;
  const analysis = matches.find((m) => m.code === 'review_analysis');
  const meeting = matches.find((m) => m.code === 'meeting_special');
  if (!analysis || !meeting || meeting.start > analysis.start) return reports;
  const said = '会上的分析研判是专题会议的议程，按一条专题会议记录';
  return reports.map((r) => ({
    ...r,
    draft: { ...r.draft, type: 'meeting_special' as const },
    remarks: [...r.remarks.filter((x) => !x.startsWith(`「${kind.text}」按`)), said],
    reasons: [...(r.reasons ?? []), 'inferred_type' as const],
  }));
}
