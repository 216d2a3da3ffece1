// 11月23日中心召开党风廉政建设工作会议，赵书记出席并讲话，会上集中学习了《廉洁自律准则》，并通报了近期典型案例 (round 30a, F6:
// one 分管科室会议 carrying the study's title, the study and the case briefing dropped): a duty meeting that also studied a
// rule and briefed cases held three duties of duties.md — the meeting, a 廉政教育 and a 警示教育 — each a record, on a card.
import type { ParsedReport } from './draft.js';

/** Meetings of the duty catalogue that may hold a study and a briefing. */
const MEETINGS = new Set(['meeting_dept', 'meeting_special']);
/** 通报了近期典型案例 · 通报了违纪违法案例: the cases briefed, a warning education (duties.md: 警示教育 includes 案例通报). */
const CASES = /通报了?[^,;。!?，；]{0,12}?案例/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `reports` with the one meeting whose title is what `text` says was studied at it (会上(集中)学习了《X》) written out as the
 * meeting (no title), a 廉政教育 《X》, and, when cases were briefed (通报了…案例) and no 警示教育 is read yet, a 警示教育 — all
 * of the meeting's day, doer and questions, for a tap. Unchanged for any other shape (no meeting, its title not studied
 * 会上, several meetings).
 */
export function withStudyAtMeeting(reports: ParsedReport[], text: string): ParsedReport[] {
  const meetings = reports.filter((r) => r.draft.type !== undefined && MEETINGS.has(r.draft.type));
  if (meetings.length !== 1 || meetings[0]!.draft.title === undefined) return reports;
  const meeting = meetings[0]!;
  const title = meeting.draft.title!;
  if (!new RegExp(`(?:会上|会议上|会议)[^,;。!?，；]{0,8}?学(?:习|了)了?[\\s]*《${escape(title)}》`).test(text)) return reports;
  // The department stays the meeting's: the study and the briefing are the meeting doer's (the README's 出席并讲话 row), not
  // a department's study a leader only looked in on (attendingLeader).
  const { title: _study, attendees: _count, note: _note, departmentId: _place, departmentIds: _places, ...common } = meeting.draft;
  const reasons = [...new Set([...(meeting.reasons ?? []), 'items' as const])];
  const base = { ...meeting, reasons, remarks: [] as string[] };
  const study: ParsedReport = { ...base, draft: { ...common, counterpartIds: [], type: 'edu_integrity', title }, remarks: [`会上学习的《${title}》按廉政教育记录`] };
  const briefed = CASES.test(text) && !reports.some((r) => r.draft.type === 'edu_warning');
  const cases: ParsedReport[] = briefed ? [{ ...base, draft: { ...common, counterpartIds: [], type: 'edu_warning' }, remarks: ['会上通报典型案例按警示教育记录'] }] : [];
  const { title: _moved, ...kept } = meeting.draft;
  return reports.flatMap((r) => (r === meeting ? [{ ...meeting, draft: kept, reasons }, study, ...cases] : [r]));
}
