// 12月4日机关党委组织全体党员到…基地开展警示教育，赵敏书记带队，参加党员36人。参观结束后，赵敏同志为全体党员上了一堂廉政党课
// 《…》。 (round 57, fee; t59b F5: the lesson stored with no head count, 「全体参加」): round 42 (foa) let 为全体党员 in a later
// paragraph take the occasion's head count, but only across a line break (parseReport's occasionCount, line by line); the
// same going-on written after a 。 on the same line lost it. Here the later sentence takes it too.
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A count of those who took part (numerals made digits first): 参加党员36人 · 36人参加 · 参加人数36人 · 共36名党员参加. */
const COUNT_SAID = /参加[^，,；;。！!？?\n]{0,6}?\d{1,4}\s*[人名位]|\d{1,4}\s*[人名位][^，,；;。！!？?\n]{0,6}?参加/;
/** The audience as all of the occasion's people: 为全体党员 · 给全体人员 · 向全体干部职工. */
const ALL_AUDIENCE = /(?:为|给|向)(?:机关)?全体(?:党员|人员|干部|职工|同志)/;
/** A day of its own in the sentence (11月5日 · 5号 · 昨天): then it is no going-on of the occasion. */
const OWN_DAY = /\d{1,2}\s*[月日号]|[昨今前]天|周[一二三四五六日天]|星期/;
/** A count of its own (…，参加20人 · 20余人): then it keeps its own. */
const OWN_COUNT = /\d{1,4}\s*(?:余|多)?\s*[人名位]/;

/**
 * `reports` with the head count of a dated occasion (参加党员36人) given to a record of the same day held for 全体 (allMembers,
 * no count) that a later sentence of the same line tells, when that sentence has no day or count of its own and speaks to
 * 为/给/向全体党员. Exactly one occasion with a count and one such record on that day; `reports` itself otherwise.
 * `text`: the message as sent; null (no report) is returned as it is. Counts are people (attendees).
 */
export function withOccasionCountOnAudience(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  if (reports === null) return reports;
  const sentences = arabicizeNumerals(text.replace(/《[^》]*》/g, '《》')).split(/[。！!？?]/);
  const counted = sentences.findIndex((s) => COUNT_SAID.test(s));
  if (counted < 0) return reports;
  const later = sentences.slice(counted + 1).filter((s) => ALL_AUDIENCE.test(s));
  if (later.length !== 1 || OWN_DAY.test(later[0]!) || OWN_COUNT.test(later[0]!)) return reports;
  const withCount = reports.filter((r) => r.draft.attendees !== undefined);
  if (withCount.length !== 1) return reports;
  const occasion = withCount[0]!;
  const at = reports.indexOf(occasion);
  const open = reports.filter((r, i) => i > at && r.draft.allMembers === true && r.draft.attendees === undefined && r.draft.date !== undefined && r.draft.date === occasion.draft.date);
  if (open.length !== 1) return reports;
  return reports.map((r) => (r === open[0] ? { ...r, draft: { ...r.draft, attendees: occasion.draft.attendees } } : r));
}
