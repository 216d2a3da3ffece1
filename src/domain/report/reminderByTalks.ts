// 11月27日上午，王建国副理事长一行深入财务科开展节前廉政提醒，…随后与孙丽、王强分别进行了廉政提醒谈话 (round 42, t41a F15: a
// 廉政教育 of the 提醒 recorded beside the talks): a visit's purpose, a 廉政提醒 given, carried out by the talks told after it
// is those talks — the 提醒 was given by talking to each — not a study of its own. A 提醒 given by a lesson to all
// (开展节前廉政提醒，组织全科学习《…》) is still the 廉政教育 it was.
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/** 「节前廉政提醒」按廉政教育记录: the remark of a 廉政教育 read from a 提醒 word alone. */
const READ_FROM_REMINDER = /^「[^」]*提醒[^」]*」按廉政教育记录$/;
/**
 * 开展节前廉政提醒 · 进行了廉洁提醒, then 提醒谈话 told after it: the 提醒 as the deed the visit was for, carried out by
 * 提醒谈话. A 提醒 given to a group (组织全体人员开展节前廉洁提醒 · 会上作了廉政提醒) or followed by talks of another kind
 * (…开展节前廉政提醒，与中心领导班子成员进行了集体约谈) is the 廉政教育 it was read as.
 */
const REMINDER_GIVEN = /(?<!(?:全体|全部|全科|全室|所有|干部职工|大会|会上|会议)[^,，。;；!?！？\n]{0,16})(?:开展|进行)了?[^,，。;；!?！？\n]{0,8}?廉[政洁](?:过节)?提醒(?!谈话)(?=[\s\S]*?提醒谈话)/;
/** What a 提醒 given to all is told by: a lesson, a film, a study, a 党课. */
const LESSON = /学习|观看|收看|播放|党课|讲座|培训|授课|宣讲|辅导|上了一[堂课]|讲了一[堂课]|《/;
/** The talks' clauses, which may say 提醒谈话 and 学习 (谈话中要求学习…) without being a lesson. */
const TALK_CLAUSE = /[^,，。;；!?！？\n]*(?:谈话|谈心|约谈)[^,，。;；!?！？\n]*/g;

/**
 * `reports` without a 廉政教育 read only from a 廉政提醒 (no title, no head count) when talks of the same doer on the same
 * day carry the 提醒 out and `text` tells no lesson; its other remarks go to the first talk, with one saying why. Unchanged
 * otherwise.
 */
export function withReminderByTalks(reports: ParsedReport[], text: string): ParsedReport[] {
  if (!REMINDER_GIVEN.test(text) || LESSON.test(text.replace(TALK_CLAUSE, ''))) return reports;
  const talksOf = (r: ParsedReport) =>
    reports.filter((t) => t.draft.type !== undefined && isTalkType(t.draft.type) && t.draft.actorId === r.draft.actorId && t.draft.date === r.draft.date && t.draft.counterpartIds.length > 0);
  const reminder = reports.find(
    (r) => r.draft.type === 'edu_integrity' && r.draft.title === undefined && r.draft.attendees === undefined && r.remarks.some((m) => READ_FROM_REMINDER.test(m)) && talksOf(r).length > 0,
  );
  if (reminder === undefined) return reports;
  const said = reminder.remarks.find((m) => READ_FROM_REMINDER.test(m))!.match(/^「([^」]*)」/)![1]!;
  // Whose the record was (按X的活动记录) is said on each talk already; anything else it noted stays on the card.
  const kept = reminder.remarks.filter((m) => !READ_FROM_REMINDER.test(m) && !/^按.+的活动记录/.test(m));
  const first = talksOf(reminder)[0]!;
  return reports.flatMap((r) => {
    if (r === reminder) return [];
    if (r !== first) return [r];
    return [{ ...r, remarks: [...r.remarks, `「${said}」即随后的谈话，按谈话记录，未另记廉政教育`, ...kept], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] }];
  });
}
