// 召开全面从严治党专题会议…，分析研判了…形势: the meeting and the analysis it made, one record each.
import type { ParsedReport } from './draft.js';
import type { KindChoice, KindMatch } from './parseKind.js';

/**
 * When the type chosen is 分析研判 and a 专题会议 is named before it (the event, whose agenda the analysis
 * was), the 专题会议 is recorded too: it meets the secretary's meeting duties, the analysis meets its own
 * (found by the tester, round 10: the meeting dropped for 「按分析研判记录（未按专题会议）」). A meeting
 * named after the analysis (形势分析研判专题会) is the analysis' own name, one record. Shown for a tap.
 */
export function withMeetingThatAnalysed(reports: ParsedReport[], kind: KindChoice, matches: KindMatch[]): ParsedReport[] {
  if (kind.code !== 'review_analysis') return reports;
  const analysis = matches.find((m) => m.code === 'review_analysis');
  const meeting = matches.find((m) => m.code === 'meeting_special');
  if (!analysis || !meeting || meeting.start > analysis.start) return reports;
  const said = '专题会议上进行了分析研判：专题会议、分析研判各记一条';
  return reports.flatMap((r) => {
    const remarks = [...r.remarks.filter((x) => !x.startsWith(`「${kind.text}」按`)), said];
    const reasons = [...(r.reasons ?? []), 'items' as const];
    return [
      { ...r, draft: { ...r.draft, type: 'meeting_special' as const }, remarks, reasons },
      // The remarks (whose it is, what was read) are the message's, said once.
      { ...r, remarks: [], reasons },
    ];
  });
}
