// A message that tells of something done that is no activity of the duty catalogue (调研走访, 座谈, 组织生活会): said precisely, not 没看懂.
import { describesDeed, notAReport } from './parseGate.js';
import { parseDay } from './parseDay.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { outsideInspection } from './outsideInspection.js';
import { OTHER_DUTY_WORK } from './otherWork.js';
import { shanghaiDate } from '../shanghai.js';

/** What was done, as far as it was read: the day and the kind of work named, each when found. */
export interface OutsideCatalogue {
  /** YYYY-MM-DD (Shanghai), when the message named a past day. */
  date?: string;
  /** The words of the work it named (调研, 座谈会), when one of the usual ones. */
  work?: string;
  /** The outside body (市纪委检查组) whose check of our unit the message told of, which no duty of ours counts. */
  inspectedBy?: string;
}

/**
 * Work that staff report in 工作动态 items but that no duty counts: a visit (到…调研, 走访, 慰问, 视察,
 * 检查指导), a 座谈会, safety, investment, flood or petition work, a 组织生活会 or 民主生活会, a 主题党日, a training or meeting of no named discipline.
 */
// 安全生产和消防安全检查 (round 16, K12): a safety check is no 作风纪律检查; named as written.
const OTHER_WORK = /(?:安全生产|消防安全|食品安全)(?:[和及与、](?:安全生产|消防安全|食品安全))?(?:大?检查|督查|排查)?|招商引资|防汛|信访|接待来访|项目对接|联席会议|调研|走访|慰问|座谈|视察|考察|督导|检查指导|指导工作|组织生活会|民主生活会|主题党日|党日活动|培训|推进会|调度会|工作会|例会|观摩|交流/;

/**
 * 刘芳「上周五听取了组联部党风廉政建设工作汇报」 (round 47, fsd): a leader hearing a unit's report is no deed of the catalogue by
 * itself (round 44 fqe: 到…调研，听取了…汇报 no record); the 分管科室会议 is recorded when the meeting is said (召开分管科室会议，
 * 听取…) and the head's report when the head tells it (向分管领导汇报了…情况: 向党组报告). Named 听取汇报 in the reply.
 */
const HEARING = /听取[^,;。!?]{0,30}?汇报/;

/**
 * `text` read at `now` when it tells of work done (the usual non-catalogue work, or a past day and words of a deed) and names no
 * activity type of the catalogue, no title, and asks nothing: the bot says what it read and why it records
 * nothing, instead of 没看懂. Undefined otherwise (a report, a question, a plan, small talk).
 */
export function outsideCatalogue(text: string, now: Date): OutsideCatalogue | undefined {
  const { titles, rest } = extractTitles(normalizeText(text));
  const today = shanghaiDate(now);
  // 市纪委检查组到我会检查 names a type (检查) but is no check of ours: said so, never 没看懂 (round 16).
  const inspectedBy = outsideInspection(normalizeText(text), today);
  if (inspectedBy !== undefined) {
    const day = parseDay(arabicizeNumerals(rest), today);
    return { ...(day.date !== undefined && !day.byTimeOfDay && day.date <= today ? { date: day.date } : {}), inspectedBy };
  }
  // 招商引资调研 (round 16): a 调研 of other work is no 调研报告.
  const kinds = findKinds(rest).filter((k) => k.code !== 'report_research' || !OTHER_DUTY_WORK.test(rest) || /报告/.test(rest));
  if (titles.length > 0 || kinds.length > 0 || notAReport(rest) !== undefined) return undefined;
  const day = parseDay(arabicizeNumerals(rest), today);
  // 明天去康复中心调研: a plan, not work done.
  if (day.date !== undefined && day.date > today) return undefined;
  const past = day.date !== undefined && !day.byTimeOfDay;
  const work = OTHER_WORK.exec(rest)?.[0] ?? (HEARING.test(rest) ? '听取汇报' : undefined);
  if (work === undefined && !(past && describesDeed(rest))) return undefined;
  return { ...(past ? { date: day.date! } : {}), ...(work !== undefined ? { work } : {}) };
}
