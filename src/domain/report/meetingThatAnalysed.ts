// 召开全面从严治党专题会议…，分析研判了…形势: the meeting and the analysis it made, one record each.
import type { ParsedReport } from './draft.js';
import type { KindChoice, KindMatch } from './parseKind.js';
import { meetingAgendaNote, meetingAgendaRun } from './meetingAgendaNote.js';

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
  // the meeting's agenda, read from the meeting's name on, is the note of both.
  const agenda = meetingAgendaNote(text, meeting.text);
  const run = meetingAgendaRun(text, meeting.text);
  return reports.flatMap((r0) => {
    const r = agenda !== undefined && (r0.draft.note === undefined || run?.includes(r0.draft.note) === true) ? { ...r0, draft: { ...r0.draft, note: agenda } } : r0;
    const remarks = [...r.remarks.filter((x) => !x.startsWith(`「${kind.text}」按`)), said];
    const reasons = [...(r.reasons ?? []), 'items' as const];
    return [
      { ...r, draft: { ...r.draft, type: 'meeting_special' as const }, remarks, reasons },
      // The remarks (whose it is, what was read) are the message's, said once.
      { ...r, remarks: [], reasons },
    ];
  });
}
