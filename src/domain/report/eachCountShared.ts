// 「吴部长上周四带我们到市警示教育基地参观学习，前天又组织大家学习了新修订的《条例》，每次都是全科6人参加。」 (t40b F12:
// the 6 went to the last deed only, the visit kept no count): a head count said of every deed before it (每次都是 · 两次都 ·
// 均为 · 都是 N人参加) is each one's, not the last one's. Deeds of one kind told over several days are spelt out per day
// already (countedDeedDays); this is the same count closing deeds of different kinds.
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { attendedFirstEachCount } from './eachAttendedCount.js';

/** The group words a count may be said of: 全科6人 · 全体党员6人. */
const GROUP = '(?:全科|全室|全部门|全中心|全体人员|全体党员|全体同志|全体干部|全体|全部)';
/** A number of people, perhaps approximate: 6人 · 约10人 · 10余人 · 10人左右 (group: the number). */
const PEOPLE = '(?:约|近|大约|大概)?\\s*(\\d{1,3})\\s*(?:余|多)?\\s*(?:个人|人|名)(?:左右|上下)?(?:同志|党员)?';
const ATTENDED = '(?:参加|参与|参会|到会)';
/** 片名忘了 · 题目记不清了 · 具体时间不记得了: an aside that a detail was forgotten. */
const FORGOTTEN = '(?:片名|题目|名字|名称|书名|时间|日期|具体)[^,，。;；]{0,8}?(?:忘|记不|不记得|不清|想不起)[^,，。;；]{0,6}';

/**
 * 每次都是全科6人参加 · 两次都是6人 · 这两次均为6人参加 · 都是6个人参加 · 均有6人参加: a count said of each deed (the first
 * group that matched is the number). 每次/N次 may be left out only when 参加 is said (都是6人参加), so a bare 均为6人 (who was
 * talked with) is none. Round 42 (t41a F12): 均为全体参加（2人） (the count in brackets after 参加) · 参加人数均为2人 · 人数都是6人 ·
 * 各2人参加 · 每次10人左右 · 每次约10人 · 每次都是10余人参加 too.
 */
const EACH_COUNT = new RegExp(
  '(?:' +
    `(?:每次|每回|每场|各次|(?:这|以上)?(?:[2-9]|[两二三四五六七八九])(?:次|场|回|项)(?:活动)?)(?:也)?(?:都|均|全都)?(?:是|为|有)?${GROUP}?(?:共)?\\s*${PEOPLE}${ATTENDED}?` +
    `|(?:都|均|也都)(?:是|为|有)${GROUP}?(?:共)?\\s*${PEOPLE}${ATTENDED}` +
    `|(?:都|均|也都)(?:是|为)?${GROUP}?(?:人员)?${ATTENDED}了?\\s*[(（]\\s*(?:共)?\\s*${PEOPLE}\\s*[)）]` +
    `|${ATTENDED}?人数(?:均|都|各)(?:是|为)?\\s*${PEOPLE}` +
    `|(?<![\\u4e00-\\u9fa5]{2}、[\\u4e00-\\u9fa5]{2,5})各(?:有)?\\s*${PEOPLE}${ATTENDED}?` +
    ')\\s*[了]?\\s*[。.!！;；]?' +
    // 参加人数都是5人，片名忘了 (t48a F2: the 5 went to the last deed only): an aside that something was forgotten may close it.
    `(?:[,，]\\s*${FORGOTTEN})?\\s*[。.!！;；]?\\s*$`,
);

/** 均为全体党员参加 · 每次都是全体人员参加 · 两次都是全科参加: everyone in each deed, no number. */
const EACH_ALL = new RegExp(`(?:(?:每次|每回|每场|(?:这|以上)?(?:[2-9]|[两二三四五六七八九])(?:次|场|回|项)(?:活动)?)(?:也)?(?:都|均)?|都|均|也都)(?:是|为|由)?${GROUP}(?:人员|党员|同志|干部|职工)?${ATTENDED}了?\\s*[。.!！;；]?\\s*$`);

/** 每次参加15人左右: 参加 said before the number (round 43, t44a F8). */
const EACH_ATTENDED_COUNT = attendedFirstEachCount(PEOPLE, GROUP);

/** Whether a record of this type counts heads (talks and signings count pairs). */
const countsHeads = (r: ParsedReport) => r.draft.type === undefined || (!isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign');

/**
 * `reports` with the count `text` closes with said of each deed (每次都是6人参加) given to every record that counts heads
 * and has none, when two or more such records were read and none has another count. `reports` itself otherwise.
 * An approximate count (每次10人左右 · 每次都是10余人参加) is recorded as its number, each record noted 「参加10人左右」 as a
 * single 40余人 is, and said once on the card.
 */
export function withEachCountShared(reports: ParsedReport[], text: string): ParsedReport[] {
  const counting = reports.filter(countsHeads);
  if (counting.length < 2) return reports;
  const plain = arabicizeNumerals(text.replace(/《[^》]*》/g, '')).trimEnd();
  // …11月11日组织学习《…》，11月25日组织观看…《迷途》，均为全体党员参加。 (round 43, t44b F7: 全体 on the last one only): everyone
  // took part in each deed before it, none with a count of its own.
  if (EACH_ALL.test(plain) && counting.every((r) => r.draft.attendees === undefined)) {
    return reports.map((r) => (countsHeads(r) ? { ...r, draft: { ...r.draft, allMembers: true } } : r));
  }
  const each = EACH_COUNT.exec(plain) ?? EACH_ATTENDED_COUNT.exec(plain);
  if (!each) return reports;
  const count = Number(each.slice(1).find((g) => g !== undefined));
  if (count === 0 || counting.some((r) => r.draft.attendees !== undefined && r.draft.attendees !== count)) return reports;
  const approximate = approximateCount(each[0], count);
  const about = approximate ? `参加${approximate}` : undefined;
  const shared = reports.map((r) =>
    countsHeads(r) && r.draft.attendees === undefined ? { ...r, draft: { ...r.draft, attendees: count, ...(about && r.draft.note === undefined ? { note: about } : {}) } } : r,
  );
  if (!about) return shared;
  const remark = `参加人数「${approximate}」为约数，按${count}人记录，备注「${about}」`;
  if (shared.some((r) => r.remarks.some((m) => m.startsWith(`参加人数「${approximate}」`)))) return shared;
  const first = shared.findIndex(countsHeads);
  return shared.map((r, i) => (i === first ? { ...r, remarks: [...r.remarks, remark] } : r));
}

/** 10余人 · 约10人 · 10人左右 as said in `words` (the count's match), or undefined when the count is exact. */
function approximateCount(words: string, count: number): string | undefined {
  const m = new RegExp(`(约|近|大约|大概)?\\s*${count}\\s*(余|多)?\\s*(?:个人|人|名)(左右|上下)?`).exec(words);
  if (!m || !(m[1] || m[2] || m[3])) return undefined;
  return `${m[1] ?? ''}${count}${m[2] ?? ''}人${m[3] ?? ''}`;
}
