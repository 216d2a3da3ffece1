// 和李明的廉政谈话约在周四 · 与郑华的廉政谈话定于周五下午 · 今晚和王磊谈心 · 今天下班后和王建国谈心 (round 25b, §6 and §7:
// stored at once as done, on the PAST weekday or on today though the evening had not come): a day or time still to come,
// said of a deed not said done, is a plan. A deed said done at a time of today still to come is a slip, and is asked.
import { shanghaiMinutes } from '../shanghai.js';
import { extractTitles } from './parseTraining.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { tripStillToCome } from './tripOfToday.js';
import { callsToSittingAhead } from './callsToSittingAhead.js';
import type { ParsedReport } from './draft.js';

/**
 * 约在周四 · 定于周五下午 · 安排在周五 · 改在/改到周五 · 初定周四 · 计划周四进行 · 暂定下周一: a weekday the deed is set for. The
 * arrangement may itself be said done (已约在 · 改在周五了): only the deed after the weekday said done (周四进行了) is a report.
 */
const ARRANGED_WEEKDAY = /(?:约在|约到|约于|定于|定在|定到|安排在|安排于|安排到|改在|改到|改至|改为|改成|挪到|调到|调整到|初定|初步定在|初步定于|暂定|暂定于|计划(?:于|在)?)了?\s*(?:本周|这周|下周|这个?星期|下个?星期)?(?:周|星期|礼拜)[一二三四五六日天]/;
/** The deed after the weekday said done: 改到周五进行了 tells of a deed held later than planned. */
const HELD_AFTER = /(?:进行|开展|召开|举行|谈|签|学习|观看|组织|完成)(?:了|过|完)|已经?(?:进行|开展|召开|举行|谈|签|完成)/;

/** A deed named: a kind, a title, or a bare talk or signing. */
function namesDeed(rest: string, titles: string[]): boolean {
  return titles.length > 0 || findKinds(rest).length > 0 || /谈|签/.test(rest);
}

/** Whether `text` sets a deed for a weekday (约在周四), saying nothing of the deed held then. */
export function arrangedForWeekday(text: string): boolean {
  const { titles, rest } = extractTitles(normalizeText(text));
  const m = ARRANGED_WEEKDAY.exec(rest);
  return m !== null && namesDeed(rest, titles) && !HELD_AFTER.test(rest.slice(m.index + m[0].length));
}

/**
 * 今晚 · 今天晚上 · 晚上七点 · 下班后 · 傍晚: a time of today's evening, with the Shanghai minute it begins. A clause naming
 * another day (昨天晚上 · 周五晚上 · 11月20日晚上) is not of today. 今天下午 and 下午三点 are not read so: the corpus and the
 * reader's tests, written at a 10:00 clock, take them as done (今天下午3点半与李明廉政谈话，谈话1.5小时), and a member
 * reports an afternoon's deed after it far more often than before it; that choice is the lead's to make (round 25b §7).
 */
const TIME_OF_TODAY: Array<[RegExp, (m: RegExpExecArray) => number]> = [
  [/(?:晚上|傍晚)\s*(\d{1,2})\s*(?:点|时|:\d{2})/, (m) => (Number(m[1]) % 12 + 12) * 60],
  [/今晚|今天晚上|今日晚上|晚上|夜里|今天夜里/, () => 18 * 60],
  [/下班后|下班以后|下班之后|傍晚/, () => 17 * 60 + 30],
];
/** Another day named in the clause: the time is of that day. */
const OTHER_DAY = /昨天|昨日|昨晚|前天|明天|明日|明早|明晚|后天|周[一二三四五六日天]|星期|礼拜|\d{1,2}\s*月|\d{1,2}\s*[日号]|\d{1,2}[./]\d{1,2}|上周|本周|这周|下周|那天|当天|同日|当日/;
/** Said done: 了, 已, 完, 过 (谈过), 结束. */
const SAID_DONE = /了|已经?|完成|结束|谈完|签完|谈过|签过/;

/** The minute of today (Shanghai) at which the time `clause` names begins, or undefined when it names none of today. */
function laterTimeOfToday(clause: string): number | undefined {
  const { rest } = extractTitles(clause);
  const words = arabicizeNumerals(rest);
  if (OTHER_DAY.test(words.replace(/今天|今日/g, ''))) return undefined;
  for (const [pattern, minute] of TIME_OF_TODAY) {
    const m = pattern.exec(words);
    if (m) return minute(m);
  }
  return undefined;
}

/** Whether `clause` names a deed at a time of today that has not come yet at `now`. */
function stillToComeToday(clause: string, now: Date): boolean {
  const at = laterTimeOfToday(clause);
  return at !== undefined && shanghaiMinutes(now) < at && namesDeed(extractTitles(clause).rest, extractTitles(clause).titles);
}

/**
 * Whether `text` (one entry or one clause) tells of a deed still to come: set for a weekday (和李明的廉政谈话约在周四), or
 * at a time of today later than `now` (今晚和王磊谈心, sent at 10:00) and not said done. 今晚… sent at 21:00 is a report.
 */
export function saysDayStillToCome(text: string, now: Date): boolean {
  if (arrangedForWeekday(text)) return true;
  // 下午去各部室检查上班纪律, sent at 10:00 (round 26, W1): a trip of a part of today not come yet.
  if (tripStillToCome(text, now)) return true;
  // 下午开个警示教育会 · …，请大家准时参加 (round 34c §1.1): a notice calls people to a sitting still to come.
  if (callsToSittingAhead(text, now)) return true;
  const { rest } = extractTitles(normalizeText(text));
  return !SAID_DONE.test(rest) && stillToComeToday(normalizeText(text), now);
}

/** One clause at a time: 、 and 和 join people, so only ，；。 and line breaks end a clause. */
const CLAUSE = /[,;。\n]+/;

/**
 * `reports` with every record of today that a clause said done at a time of today still to come (今晚和王磊谈了心, sent at
 * 10:00) asked its day instead: the time is likely a slip, never stored as said. Records of people another clause names,
 * and of other days, are kept. The remark names the words.
 */
export function withLaterTodayAsked(reports: ParsedReport[], text: string, now: Date, today: string, nameOf: (id: string) => string | undefined): ParsedReport[] {
  const slips = normalizeText(text).split(CLAUSE).filter((c) => SAID_DONE.test(extractTitles(c).rest) && stillToComeToday(c, now));
  if (slips.length === 0) return reports;
  // A record is the slip's when its people are named in that clause, or, a clause naming nobody, when it has none.
  const inSlip = (r: ParsedReport) =>
    slips.some((c) => (r.draft.counterpartIds.length === 0 ? true : r.draft.counterpartIds.some((id) => c.includes(nameOf(id) ?? '\u0000'))));
  let said = false;
  return reports.map((r) => {
    if (r.draft.date !== today || !inSlip(r)) return r;
    const { date: _today, ...draft } = r.draft;
    const remarks = said ? r.remarks : [...r.remarks, `「${slips.map((c) => c.trim()).join('」「')}」说的时间今天还没到，请确认是哪一天进行的`];
    said = true;
    return { ...r, draft: { ...draft, late: false }, problems: [{ code: 'missing_date' as const }, ...r.problems.filter((p) => p.code !== 'missing_date')], remarks };
  });
}
