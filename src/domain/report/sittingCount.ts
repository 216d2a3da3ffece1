// 「11月20日张伟书记讲授廉政党课，会后组织观看警示教育片《迷途》，共35人参加」 (round 30, F4 #4: the 35 kept on the film only,
// and on the 党课 only when the count came first): a head count closing a line whose activities were one sitting — the
// second held 会后/课后/随后 the first — counts the people of the whole sitting, so every activity of it has them.
import { isTalkType } from '../activityTypes.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { ParsedReport } from './draft.js';

/**
 * The line's last clause is nothing but a head count: 共35人参加 · 35人参加 · 参加人数35人 · 机关全体党员35人参加 · 实到29人
 * (after 应到32人, round 38 fkg F8: the 党课 of the 主题党日 kept no count).
 */
const CLOSING_COUNT = /[,;，；。][\s\u0000]*(?:[\u4e00-\u9fa5]{0,8}?(?:党员|干部|同志|职工))?(?:共|共计|合计|一共|总共)?(?:有)?(?:参加|参会|到会|实到|实际到会|实际参加|实参加|出席)?(?:人数|人员)?(?:为|共)?[:：\s]*\d+\s*(?:余|多)?\s*(?:个)?(?:人|名)(?:参加|参会|到会|参与)?(?:了)?(?:活动)?[\s。.!！]*$/;
/** The second activity held right after the first, at the same sitting. */
const SAME_SITTING = /会后|课后|随后|之后|接着|结束后|活动最后|最后|紧接着|同时/;

/**
 * `records` (one line's, in order) with the closing head count given to each education or meeting record of that day
 * when the line (`line`) tells one sitting (SAME_SITTING) and ends with a count-only clause that only the last record
 * took; a remark says so. Records of a talk or a signing, or of another day, keep theirs; any other line is as it was.
 */
export function withSittingCount(records: ParsedReport[], line: string): ParsedReport[] {
  const last = records[records.length - 1];
  if (records.length < 2 || last?.draft.attendees === undefined || !SAME_SITTING.test(line) || !CLOSING_COUNT.test(arabicizeNumerals(line))) return records;
  const held = (r: ParsedReport) => r.draft.type !== undefined && !isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign' && r.draft.date === last.draft.date;
  if (!records.every(held) || records.slice(0, -1).some((r) => r.draft.attendees !== undefined)) return records;
  const remark = `消息末尾的参加人数（${last.draft.attendees}人）按同一场活动的每一项记录`;
  return records.map((r) => (r === last ? r : { ...r, draft: { ...r.draft, attendees: last.draft.attendees }, remarks: [...r.remarks, remark], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] }));
}
