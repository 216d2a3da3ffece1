// 召开全面从严治党专题会议…，分析研判了…形势: the meeting and the analysis it made, one record each.
import type { ParsedReport } from './draft.js';
import type { KindChoice, KindMatch } from './parseKind.js';
import { cutAgenda, meetingAgendaRun } from './meetingAgendaNote.js';

/**
 * When the type chosen is 分析研判 and a 专题会议 is named before it (the event, whose agenda the analysis
 * was), the 专题会议 is recorded too: it meets the secretary's meeting duties, the analysis meets its own
 * (found by the tester, round 10: the meeting dropped for 「按分析研判记录（未按专题会议）」). A meeting
 * named after the analysis (形势分析研判专题会) is the analysis' own name, one record. Shown for a tap. `text`: the segment,
 * whose agenda after the meeting is both records' note.
 */
export function withMeetingThatAnalysed(reports: ParsedReport[], kind: KindChoice, matches: KindMatch[], text = ''): ParsedReport[] {
  if (kind.code !== 'review_analysis') return reports;
  const analysis = matches.find((m) => m.code === 'review_analysis');
  const meeting = matches.find((m) => m.code === 'meeting_special');
  if (!analysis || !meeting || meeting.start > analysis.start) return reports;
  const said = '专题会议上进行了分析研判：专题会议、分析研判各记一条';
  // …专题会议，对…形势进行分析研判，查找风险点5个，明确整改措施 (round 49, fvd; t51b F9: both noted 明确整改措施, a fragment):
  // what the meeting went through beyond the analysis (its own record) is the meeting's note; the analysis, whose note is a
  // short remark, drops a piece of it (the meeting beside it on the card carries it whole).
  const run = meetingAgendaRun(text, meeting.text);
  const beyond = run?.split('，').filter((c) => !c.includes(analysis.text)).join('，');
  const agenda = beyond ? cutAgenda(beyond) : undefined;
  return reports.flatMap((r0) => {
    const r = agenda !== undefined && (r0.draft.note === undefined || run?.includes(r0.draft.note) === true) ? { ...r0, draft: { ...r0.draft, note: agenda } } : r0;
    const { note: _piece, ...unnoted } = r.draft;
    const analysed = agenda !== undefined && r.draft.note === agenda ? unnoted : r.draft;
    const remarks = [...r.remarks.filter((x) => !x.startsWith(`「${kind.text}」按`)), said];
    const reasons = [...(r.reasons ?? []), 'items' as const];
    return [
      { ...r, draft: { ...r.draft, type: 'meeting_special' as const }, remarks, reasons },
      // The remarks (whose it is, what was read) are the message's, said once.
      { ...r, draft: analysed, remarks: [], reasons },
    ];
  });
}
