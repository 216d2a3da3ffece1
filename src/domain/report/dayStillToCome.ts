// 和李明的廉政谈话约在周四 · 与郑华的廉政谈话定于周五下午 · 今晚和王磊谈心 · 今天下班后和王建国谈心 (round 25b, §6 and §7:
// stored at once as done, on the PAST weekday or on today though the evening had not come): a day or time still to come,
// said of a deed not said done, is a plan. A deed said done at a time of today still to come is a slip, and is asked.
import { shanghaiMinutes } from '../shanghai.js';
import { extractTitles } from './parseTraining.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { tripOfToday, tripStillToCome } from './tripOfToday.js';
import { callsToSittingAhead } from './callsToSittingAhead.js';
import type { ParsedReport } from './draft.js';
import { DEED_WORDS, SITTING_WORDS } from './stillToComeWords.js';

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

/**
 * A deed at a time of today: one namesDeed names, or a sitting or a check (DEED_WORDS). 3点开会学习廉政准则 (round 36b: no kind
 * nor 《》, so its 3点 still ahead at 13:30 was no plan and its day was asked) names one. Not for a weekday arranged
 * (办公室学习安排在周五，学习《准则》 is one plan, read whole, not a plan clause and a study).
 */
function namesDeedOfToday(rest: string, titles: string[]): boolean {
  return namesDeed(rest, titles) || DEED_WORDS.test(rest);
}

/** Whether `text` sets a deed for a weekday (约在周四), saying nothing of the deed held then. */
export function arrangedForWeekday(text: string): boolean {
  const { titles, rest } = extractTitles(normalizeText(text));
  const m = ARRANGED_WEEKDAY.exec(rest);
  return m !== null && namesDeed(rest, titles) && !HELD_AFTER.test(rest.slice(m.index + m[0].length));
}

/**
 * A time of today with the Shanghai minute it begins, and of which kind. A clause naming another day (昨天晚上 · 周五晚上 ·
 * 11月20日下午) is not of today.
 * - `clock` 下午3点 · 今天下午三点 · 上午10点半 · 中午12点 · 晚上7点半 · 15:00 · 今天3点 (round 35a: 下午3点中心开警示教育会,
 *   sent at 10:00, stored at once as done). 1 to 6 o'clock with no part of the day is the afternoon's, as 机关 staff say 3点开会.
 * - `evening` 今晚 · 今天晚上 · 下班后 · 傍晚 (round 25b §7).
 * - `part` 上午 · 中午 · 下午 with no hour (round 35a). A deed said done then is kept as a deed of today: 今天下午开展了警示教育
 *   sent at 10:00 is the lead's reading (round 25b §7: a report written loosely, most often sent after it), where a clock time
 *   or the evening said done is a slip, asked.
 * `clock` and `part` look at the whole entry: a day named anywhere in it (11月20日上午…，下午…) or two parts of the day (今天上午
 * 与王芳谈心，下午与胡军谈心: deeds said together, which members write after the day, round 26 W2) make them no time ahead.
 */
type TimeKind = 'clock' | 'evening' | 'part';
const TIME_OF_TODAY: Array<[RegExp, (m: RegExpExecArray) => number, TimeKind]> = [
  [/(上午|早上|早晨|中午|下午|晚上|傍晚)\s*(\d{1,2})\s*(?:点|时|:(\d{2}))\s*(半)?/, (m) => hourOf(m[1]!, Number(m[2])) * 60 + minutesOf(m), 'clock'],
  [/(?<![\d.:/月年-])(\d{1,2}):(\d{2})(?![\d:])/, (m) => bareHour(Number(m[1])) * 60 + Number(m[2]), 'clock'],
  [/(?:^|今天|今日)\s*(\d{1,2})\s*点\s*(半)?/, (m) => bareHour(Number(m[1])) * 60 + (m[2] ? 30 : 0), 'clock'],
  [/今晚|今天晚上|今日晚上|晚上|夜里|今天夜里/, () => 18 * 60, 'evening'],
  [/下班后|下班以后|下班之后|傍晚/, () => 17 * 60 + 30, 'evening'],
  [/下午/, () => 12 * 60, 'part'],
  [/中午/, () => 11 * 60 + 30, 'part'],
  [/上午|早上|早晨/, () => 8 * 60, 'part'],
];
/** Two parts of the day in one entry (上午和下午分别… · 上午…，下午…): deeds said together after the day. */
const TWO_PARTS = /(?:上午|早上|早晨|中午)[^]*?(?:下午|晚上)|下午[^]*?晚上/;

/** The hour of the day a part of it and an hour name: 下午3点 → 15, 晚上7点 → 19, 中午1点 → 13, 上午10点 → 10. */
function hourOf(part: string, hour: number): number {
  if (part === '下午' || part === '晚上' || part === '傍晚') return hour < 12 ? hour + 12 : hour;
  if (part === '中午') return hour <= 3 ? hour + 12 : hour;
  return hour;
}

/** An hour said without a part of the day: 1 to 6 o'clock is the afternoon's (3点开会), others as they are (9点 · 15点). */
function bareHour(hour: number): number {
  return hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

/** The minutes after the hour: 3:30 → 30, 3点半 → 30. */
function minutesOf(m: RegExpExecArray): number {
  return m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? 30 : 0;
}

/** Chinese hour names before 点: 三点 → 3点, 两点半 → 2点半, 十一点 → 11点. */
const HOUR_NAMES: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/**
 * `text` with its numerals as digits (arabicizeNumerals) and hours named in Chinese too: 两点半部门开会学习, sent at 13:30
 * (round 36b), is 14:30 still ahead, as 2点半 is.
 */
function timeWords(text: string): string {
  return arabicizeNumerals(text).replace(/(十[一二]?|[一二两三四五六七八九])(?=\s*点)/g, (m) => String(HOUR_NAMES[m]));
}

/** Another day named in the clause: the time is of that day. */
const OTHER_DAY = /昨天|昨日|昨晚|前天|明天|明日|明早|明晚|后天|周[一二三四五六日天]|星期|礼拜|\d{1,2}\s*月|\d{1,2}\s*[日号]|\d{1,2}[./]\d{1,2}|上周|本周|这周|下周|那天|当天|同日|当日/;
/** Said done: 了 (not 了解), 已, 完, 过 (谈过), 结束. */
const SAID_DONE = /了(?!解)|已经?|完成|结束|谈完|签完|谈过|签过/;
/**
 * Told as done by what came of it, said of a clock time or a part of the day: findings (发现2人迟到 · 均在岗), or begun
 * (正在 · 刚才). Such a deed is no plan; a clock time still to come with it is a slip, asked. A head count (参加6人 · 共8人)
 * is not among them (round 36a F7: 今天下午组织部门党员观看警示教育片《蜕变》，参加6人 sent at 05:48 was stored as done):
 * a notice names who is to come as readily as a report names who came, so the count leaves a time ahead a plan.
 */
const TOLD_DONE = /发现|查出|未发现|均在岗|情况良好|正在|刚才|刚刚/;
/**
 * A head count (参加12人 · 共8人参加): no sign a time still ahead is over (round 36a F7), but of a part of today under way
 * it tells the sitting has been held (今天上午科室开廉政教育会，参加12人 at 10:00 is counted, not announced; round 36b).
 */
const COUNTED = /参加\s*\d+\s*人|\d+\s*人参加|共\s*\d+\s*人/;

/**
 * Whether `entry` leaves the time of today `word` (as laterTimeOfToday found it) to be read as today's: no other day, not
 * two parts, and not going on from a clause of today before it (今天上午与王芳谈心谈话，下午与胡军谈心谈话, whose 上午 an
 * earlier pass may have taken out: deeds of the day said together, as W2's are).
 */
function timeOfTodayOpen(entry: string, word: string): boolean {
  const words = timeWords(extractTitles(entry).rest);
  if (OTHER_DAY.test(words.replace(/今天|今日/g, '')) || TWO_PARTS.test(words)) return false;
  const before = words.slice(0, Math.max(0, words.indexOf(word)));
  const cut = Math.max(...[',', ';', '。', '\n'].map((c) => before.lastIndexOf(c)));
  return !(/今天|今日|上午|早上|早晨|中午/.test(before.slice(0, cut + 1)) && !/今天|今日/.test(before.slice(cut + 1)));
}

/** The time of today `clause` names, the Shanghai minute it begins, its kind and words, or undefined when it names none of today. */
function laterTimeOfToday(clause: string): { at: number; kind: TimeKind; word: string } | undefined {
  const { rest } = extractTitles(clause);
  const words = timeWords(rest);
  if (OTHER_DAY.test(words.replace(/今天|今日/g, ''))) return undefined;
  for (const [pattern, minute, kind] of TIME_OF_TODAY) {
    const m = pattern.exec(words.trim());
    if (m) return { at: minute(m), kind, word: m[0] };
  }
  return undefined;
}

/**
 * Whether `clause` names a deed at a time of today that has not come yet at `now`. `entry` is the whole entry the clause is
 * of; `slip` keeps only clock times and the evening (a part of the day said done is the lead's deed of today).
 */
function stillToComeToday(clause: string, now: Date, entry: string, slip = false): boolean {
  const time = laterTimeOfToday(clause);
  if (time === undefined || (slip && time.kind === 'part')) return false;
  if (time.kind !== 'evening' && !timeOfTodayOpen(entry, time.word)) return false;
  return shanghaiMinutes(now) < time.at && namesDeedOfToday(extractTitles(clause).rest, extractTitles(clause).titles);
}

/**
 * Whether `text` (one entry or one clause) tells of a deed still to come: set for a weekday (和李明的廉政谈话约在周四), or
 * at a time of today later than `now` (今晚和王磊谈心 · 下午3点中心开警示教育会, sent at 10:00) and not said done.
 * 今晚… sent at 21:00 is a report. `entry` (the whole entry, when `text` is one clause of it) tells whether a clock time or a
 * part of the day is today's and whether the deed is told done by what came of it (…，参加10人).
 */
export function saysDayStillToCome(text: string, now: Date, entry: string = text): boolean {
  if (arrangedForWeekday(text)) return true;
  // 下午去各部室检查上班纪律, sent at 10:00 (round 26, W1): a trip of a part of today not come yet.
  // 前天上午与陈静谈心谈话，下午到康复中心开展作风纪律检查 (round 36b F5's kind: the check dropped as a plan): a part of
  // the day going on from a clause of another day is that day's, no trip of today.
  if (tripStillToCome(text, now) && !tripAfterOtherDay(text, entry)) return true;
  // 下午开个警示教育会 · …，请大家准时参加 (round 34c §1.1): a notice calls people to a sitting still to come.
  if (callsToSittingAhead(text, now)) return true;
  const { rest } = extractTitles(normalizeText(text));
  if (SAID_DONE.test(rest)) return false;
  const time = laterTimeOfToday(normalizeText(text));
  if (time !== undefined && time.kind !== 'evening' && TOLD_DONE.test(extractTitles(normalizeText(entry)).rest)) return false;
  return stillToComeToday(normalizeText(text), now, normalizeText(entry));
}

/** Whether the trip `text` tells of goes on from a clause of `entry` before it that names another day (前天上午…，下午到…). */
function tripAfterOtherDay(text: string, entry: string): boolean {
  const clause = tripOfToday(text)?.clause;
  const words = normalizeText(entry);
  const at = clause === undefined ? -1 : words.indexOf(clause);
  return at > 0 && OTHER_DAY.test(arabicizeNumerals(extractTitles(words.slice(0, at)).rest).replace(/今天|今日/g, ''));
}

/** One clause at a time: 、 and 和 join people, so only ，；。 and line breaks end a clause. */
const CLAUSE = /[,;。\n]+/;

/**
 * `clauses` with a clause that is only a time of today (今天下午三点，陈志强副理事长跟我进行了廉政谈话; round 69, gic) joined to
 * the clause after it: the time is when that clause's deed was held, so the two are read as one.
 */
function withBareTimesJoined(split: string[]): string[] {
  const clauses = [...split];
  const out: string[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const { rest, titles } = extractTitles(c);
    const bare = laterTimeOfToday(c) !== undefined && !namesDeedOfToday(rest, titles) && i + 1 < clauses.length;
    if (bare) clauses[i + 1] = `${c} ${clauses[i + 1]}`;
    else out.push(c);
  }
  return out;
}

/**
 * `reports` with every record of today that a clause said done at a time of today still to come (今晚和王磊谈了心, sent at
 * 10:00) asked its day instead: the time is likely a slip, never stored as said. Records of people another clause names,
 * and of other days, are kept. The remark names the words.
 */
export function withLaterTodayAsked(reports: ParsedReport[], text: string, now: Date, today: string, nameOf: (id: string) => string | undefined): ParsedReport[] {
  // Only a clock time or the evening: 今天下午开展了警示教育 at 10:00 is the lead's deed of today (see TIME_OF_TODAY).
  // 下午3点查了考勤，发现2人迟到 at 10:00: told done by its findings, the clause before it is the slip.
  const clauses = withBareTimesJoined(normalizeText(text).split(CLAUSE));
  const told = (i: number) => SAID_DONE.test(extractTitles(clauses[i]!).rest) || TOLD_DONE.test(extractTitles(clauses[i + 1] ?? '').rest);
  const slips = clauses.filter((c, i) => told(i) && stillToComeToday(c, now, normalizeText(text), true));
  if (slips.length === 0) return reports;
  // A record is the slip's when its people are named in that clause, or, a clause naming nobody, when it has none.
  // 今天下午三点 陈志强副理事长 跟我 进行了 廉政谈话, sent at 08:46 (round 69, gic; t71c: stored as today): the talk's one
  // counterpart is the sender, written 我 — a record none of whose people another clause names is the slip's when the slip
  // names its doer or says 我.
  const named = (c: string, ids: string[]) => ids.some((id) => c.includes(nameOf(id) ?? '\u0000'));
  const peopleOf = (r: ParsedReport) => [...r.draft.counterpartIds, ...(r.draft.actorId === undefined ? [] : [r.draft.actorId])];
  const others = clauses.filter((c) => !slips.includes(c));
  const inSlip = (r: ParsedReport) =>
    slips.some(
      (c) =>
        r.draft.counterpartIds.length === 0 ||
        named(c, r.draft.counterpartIds) ||
        (!others.some((o) => named(o, peopleOf(r))) && (named(c, peopleOf(r)) || /我|本人/.test(c))),
    );
  let said = false;
  return reports.map((r) => {
    if (r.draft.date !== today || !inSlip(r)) return r;
    const { date: _today, ...draft } = r.draft;
    const remarks = said ? r.remarks : [...r.remarks, `「${slips.map((c) => c.trim()).join('」「')}」说的时间今天还没到，请确认是哪一天进行的`];
    said = true;
    return { ...r, draft: { ...draft, late: false }, problems: [{ code: 'missing_date' as const }, ...r.problems.filter((p) => p.code !== 'missing_date')], remarks };
  });
}

/** The minute of the Shanghai day each part of it is over: 上午 at 12:00, 中午 at 14:00, 下午 at 18:00. */
function partEnds(word: string): number {
  return /下午/.test(word) ? 18 * 60 : /中午/.test(word) ? 14 * 60 : 12 * 60;
}

/**
 * The clause of `text` telling of a sitting (SITTING_WORDS) at a part of today under way at `now` (上午 · 中午 · 下午, no
 * clock time), with nothing said done nor told done anywhere in `text`, or undefined. 下午中心开警示教育会 sent at 13:30
 * (round 36b: stored at once as done) is a notice as much as a report: the sitting may still be ahead. Before the part has come it is a plan (saysDayStillToCome),
 * after it is over a report (the lead's reading). A trip (下午去各部室检查) is tripOfToday's; a clock time gone by (今天上午9点
 * 和孙丽谈心谈话, sent at 10:00) tells the deed has begun and is kept.
 */
export function partOfTodayUnderway(text: string, now: Date): string | undefined {
  const whole = normalizeText(text);
  const { rest } = extractTitles(whole);
  if (SAID_DONE.test(rest) || TOLD_DONE.test(rest) || COUNTED.test(rest) || tripOfToday(text) !== undefined) return undefined;
  const minute = shanghaiMinutes(now);
  for (const clause of whole.split(CLAUSE)) {
    const time = laterTimeOfToday(clause);
    if (time === undefined || time.kind !== 'part' || !timeOfTodayOpen(whole, time.word)) continue;
    const own = extractTitles(clause);
    if (minute >= time.at && minute < partEnds(time.word) && SITTING_WORDS.test(own.rest) && !/谈|签/.test(own.rest)) return clause.trim();
  }
  return undefined;
}

/**
 * `reports` with those of `today` shown on a 确认 card when `text` tells of a deed at a part of today under way, not said done
 * (下午中心开警示教育会, sent at 13:30; see partOfTodayUnderway): the member taps 确认 once it is held, 取消 if not yet. The
 * remark quotes the words; the reason `not_said_done` puts the question on the card.
 */
export function withPartUnderwayAsked(reports: ParsedReport[], text: string, now: Date, today: string): ParsedReport[] {
  const clause = partOfTodayUnderway(text, now);
  if (clause === undefined) return reports;
  let said = false;
  return reports.map((r) => {
    if (r.draft.date !== today) return r;
    const remarks = said ? r.remarks : [...r.remarks, `「${clause}」没有说已经进行：已经完成请点「确认」，还没有进行请点「取消」，完成后再发给我`];
    said = true;
    return { ...r, remarks, reasons: [...new Set([...(r.reasons ?? []), 'not_said_done' as const])] };
  });
}

/**
 * `reports` with every record of today that a clause said done (召开了 · 开过了 · 已召开) at a part of today still to come at
 * `now` (今天下午召开了党风廉政建设专题会议, sent at 10:00) shown on a 确认 card, reason `later_part_done`, the remark quoting
 * the words (round 59, fcf; t61a F3: stored at once). Such a deed is a slip or a pasted item: never stored silently, nor
 * dropped as a plan. Records of other days, and clauses a clock time or the evening names (withLaterTodayAsked asks their
 * day), are left as they are.
 */
export function withLaterPartSaidDone(reports: ParsedReport[], text: string, now: Date, today: string): ParsedReport[] {
  if (!/上午|早上|早晨|中午|下午/.test(text) || !reports.some((r) => r.draft.date === today)) return reports;
  const entry = normalizeText(text);
  const slips = entry.split(CLAUSE).filter((c) => {
    const time = laterTimeOfToday(c);
    return time?.kind === 'part' && SAID_DONE.test(extractTitles(c).rest) && stillToComeToday(c, now, entry);
  });
  if (slips.length === 0) return reports;
  let said = false;
  return reports.map((r) => {
    if (r.draft.date !== today || r.problems.length > 0) return r;
    const remarks = said ? r.remarks : [...r.remarks, `「${slips.map((c) => c.trim()).join('」「')}」说的时段今天还没到，请核对：已经做过请点「确认」，日期写错了请点「修改」`];
    said = true;
    return { ...r, remarks, reasons: [...new Set([...(r.reasons ?? []), 'later_part_done' as const])] };
  });
}
