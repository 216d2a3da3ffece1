// 周涛「我们部11月份报送廉政信息3篇、调研报告1篇，述责述廉报告已于11月28日提交党组」 (round 55, fhc; t57b F3: the 调研报告 shown
// on the card on 11-28, a day written only for the 述责述廉报告): a paper told in a clause with no day of its own, before the
// clause of another deed that writes one, is not of that day — its day is asked 「是哪一天？」. A day written before it
// (11月28日报送信息1篇、调研报告1篇) is still every paper's, and so is a later clause that only says when (，都是11月28日报送的 ·
// ，时间是11月28日 · （11月28日）).
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';

/** The papers handed in: 信息报送 · 调研报告 · 述责述廉 · 自查总结 · 向党组报告. */
const PAPERS: ReadonlySet<ActivityTypeCode> = new Set(['report_info', 'report_research', 'report_duty', 'report_self', 'report_to_party']);

/** A later clause that only says when the items before were done, or all of them: 都/均/同 · 时间/日期 · a bracket. */
const SAYS_WHEN_ONLY = /^[\s,，;；。]*(?:都|均|全部|同|也都|以上|上述|时间|日期|[（(])/;

/** A deed of its own in the later clause: a paper handed in, a talk, a check, a study, a meeting, a signing, a lecture. */
const DEED_OF_ITS_OWN = /提交|报送|上报|报告|交了|谈话|谈心|谈了|检查|督查|学习|观看|召开|开了|签订|签了|讲授|讲了/;

/** The day (YYYY-MM-DD) `words` write, titles left out, or undefined. */
function dayIn(words: string, today: string): string | undefined {
  return parseDay(arabicizeNumerals(extractTitles(words).rest), today).date;
}

/**
 * Whether the records `found` of the clause `raw` of `line` are papers that took `day` from a later clause of another deed:
 * no day is written in `raw` nor before it on the line, and the first clause after it that writes `day` tells a deed of its
 * own (not 都是11月28日 …). `today` is YYYY-MM-DD. Then the papers' day is asked.
 */
export function paperDayFromLaterClause(raw: string, line: string, found: readonly ParsedReport[], day: string, today: string): boolean {
  if (found.length === 0 || !found.every((r) => r.draft.type !== undefined && PAPERS.has(r.draft.type) && r.draft.date === day)) return false;
  const at = line.indexOf(raw);
  if (at < 0 || dayIn(raw, today) !== undefined || dayIn(line.slice(0, at), today) !== undefined) return false;
  const after = line.slice(at + raw.length);
  if (SAYS_WHEN_ONLY.test(after)) return false;
  // The clause after that writes the day: up to its end (a comma, ；, 。 or the line's end after the day).
  const clauses = after.split(/(?<=[,，;；。])/);
  const dated = clauses.find((c) => dayIn(c, today) === day);
  return dated !== undefined && !SAYS_WHEN_ONLY.test(dated) && DEED_OF_ITS_OWN.test(dated);
}
