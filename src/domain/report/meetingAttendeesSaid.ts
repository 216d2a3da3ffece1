// 王芳「12月3日，张伟书记主持召开党组会议，专题研究部署年终党风廉政建设工作，王建国、刘芳、陈志强、赵敏、黄志刚参加。」 ·
// 赵敏「…召开机关党委会议，专题研究党风廉政建设工作，各支部书记参加」 (round 68, ghl; t71b F5): who came was kept in the note
// only while it fitted (namedParticipants, meetingAttendanceNote); a longer list or a group no reader keeps was dropped
// without a word. A meeting stores no attendee names of its own, so the card says them (参加：…): nothing the member wrote
// is dropped silently.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

const MEETING_TYPES = new Set(['meeting_special', 'meeting_dept']);

/**
 * A typed clause (after 「，」 · 「。」 · 「；」, never a space: spoken pieces are the agenda reader's) saying who came, to its
 * end: 王建国、刘芳、陈志强参加 · 各支部书记参加 · 班子成员列席了会议. Group 1 who came. A count (共12人参加) is no one.
 */
const WHO_CAME = /[，,；;。]\s*([^，,；;。\s\d《》]{2,30}?)(?:参加|出席|列席|参会|到会)了?(?:会议)?\s*(?=$|[，,；;。!！\n])/;

/**
 * `reports` (null stays null) with a remark 「参加：X、Y」 on each meeting record whose note does not already hold who came
 * and whose doer is not the one said (刘芳副理事长出席 on 刘芳's own record); `reports` itself when no such clause is said.
 */
export function withMeetingAttendeesSaid(reports: ParsedReport[] | null, text: string, nameOf: (id: string) => string | undefined): ParsedReport[] | null {
  const who = reports === null ? undefined : WHO_CAME.exec(normalizeText(text))?.[1];
  if (reports === null || who === undefined || /人|名|位/.test(who)) return reports;
  const remark = `参加：${who}`;
  return reports.map((r) => {
    if (!MEETING_TYPES.has(r.draft.type ?? '') || (r.draft.note ?? '').includes(who) || r.remarks.includes(remark)) return r;
    const doer = r.draft.actorId === undefined ? undefined : nameOf(r.draft.actorId);
    if (doer !== undefined && who.startsWith(doer) && !who.includes('、')) return r;
    return { ...r, remarks: [...r.remarks, remark] };
  });
}
