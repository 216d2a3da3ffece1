// 「吴部长上周四带我们到市警示教育基地参观学习，前天又组织大家学习了新修订的《条例》，每次都是全科6人参加。」 (t40b F12:
// the 6 went to the last deed only, the visit kept no count): a head count said of every deed before it (每次都是 · 两次都 ·
// 均为 · 都是 N人参加) is each one's, not the last one's. Deeds of one kind told over several days are spelt out per day
// already (countedDeedDays); this is the same count closing deeds of different kinds.
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';

/**
 * 每次都是全科6人参加 · 两次都是6人 · 这两次均为6人参加 · 都是6个人参加 · 均有6人参加: a count said of each deed (group 1 the
 * number). 每次/N次 may be left out only when 参加 is said (都是6人参加), so a bare 均为6人 (who was talked with) is none.
 */
const EACH_COUNT = new RegExp(
  '(?:(?:每次|每回|每场|各次|(?:这|以上)?(?:[2-9]|[两二三四五六七八九])(?:次|场|回|项)(?:活动)?)(?:也)?(?:都|均|全都)?(?:是|为|有)?' +
    '(?:全科|全室|全部门|全中心|全体人员|全体党员|全体同志|全体|全部)?(?:共)?\\s*(\\d{1,3})\\s*(?:个人|人|名)(?:同志|党员)?(?:参加|参与|参会|到会)?' +
    '|(?:都|均|也都)(?:是|为|有)(?:全科|全室|全部门|全中心|全体人员|全体党员|全体同志|全体|全部)?(?:共)?\\s*(\\d{1,3})\\s*(?:个人|人|名)(?:同志|党员)?(?:参加|参与|参会|到会))' +
    '\\s*[了]?\\s*[。.!！;；]?\\s*$',
);

/** Whether a record of this type counts heads (talks and signings count pairs). */
const countsHeads = (r: ParsedReport) => r.draft.type === undefined || (!isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign');

/**
 * `reports` with the count `text` closes with said of each deed (每次都是6人参加) given to every record that counts heads
 * and has none, when two or more such records were read and none has another count. `reports` itself otherwise.
 */
export function withEachCountShared(reports: ParsedReport[], text: string): ParsedReport[] {
  const counting = reports.filter(countsHeads);
  if (counting.length < 2) return reports;
  const each = EACH_COUNT.exec(arabicizeNumerals(text.replace(/《[^》]*》/g, '')).trimEnd());
  if (!each) return reports;
  const count = Number(each[1] ?? each[2]);
  if (count === 0 || counting.some((r) => r.draft.attendees !== undefined && r.draft.attendees !== count)) return reports;
  return reports.map((r) => (countsHeads(r) && r.draft.attendees === undefined ? { ...r, draft: { ...r.draft, attendees: count } } : r));
}
