// The one reading of "this deed has not happened yet" by the time it names (round 36b): a weekday arranged, a time of today
// not come (dayStillToCome), a deed set for a time not over (setForLater), a part of a month not over (monthPartAhead). The
// plan reply (readsAsPlan), an entry of a list (parseReport's items) and a clause of an entry (withoutPlanClauses) all ask it,
// so a deed is still to come in the one way wherever it is written; before, each caller combined these readers its own way.
import { shanghaiDate } from '../shanghai.js';
import { claimsDone } from './parseGate.js';
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { saysDayStillToCome } from './dayStillToCome.js';
import { setForLater } from './setForLater.js';
import { monthPartAhead } from './monthPartAhead.js';
import { readsAsNotice } from './forwardedNotice.js';
import { tripSaidDone, tripStillToCome } from './tripOfToday.js';
import { dawnMorningReport } from './dawnMorning.js';

/** 「12月上旬 对康复中心开展明查暗访」 on 12-01, with nothing said done: a deed of a part of a month still to come. */
export function namesMonthPartAhead(text: string, now: Date): boolean {
  const { rest } = extractTitles(normalizeText(text));
  return !claimsDone(rest) && monthPartAhead(arabicizeNumerals(rest), shanghaiDate(now));
}

/**
 * 11月27日召开… read on 11-30: `line` opens with a day (not a part of a month) gone by at `today` (YYYY-MM-DD), so a time ahead
 * later in it (…，研究部署12月中旬的警示教育, t31c) is its topic, not when it is held.
 */
export function opensWithDayGone(line: string, today: string): boolean {
  const day = /^[\s\u0000]*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/.exec(line)?.[0];
  const date = day === undefined ? undefined : parseDay(day, today).date;
  return date !== undefined && date <= today;
}

/**
 * Whether `text` (a message, an entry or one clause of it) tells of a deed still to come at `now` by the time it names:
 * - set for a weekday (和李明的廉政谈话约在周四), or at a time of today not come yet and not said done (今晚和王磊谈心 ·
 *   下午3点中心开警示教育会 · 3点开会学习廉政准则, sent at 10:00), a trip of a part of today not come (下午去各部室检查), a
 *   notice calling people to a sitting (…，请大家准时参加) — saysDayStillToCome; a trip said done anywhere in `entry` is none;
 * - set for a time not over (…的谈话安排在12月上旬 · 定于下周) or of a part of a month not over (12月上旬 对康复中心开展明查暗访
 *   on 12-01), unless the entry opens with a day gone by (11月27日召开专题会议，研究部署12月中旬的警示教育) or is a notice of
 *   its own (定于12月5日召开…，请准时参加。办公室…, which keeps the notice reply).
 * `entry` is the whole entry when `text` is one clause of it (a time of today is read against the whole entry).
 */
export function stillToCome(text: string, now: Date, entry: string = text): boolean {
  // 报告：今天上午…开展作风纪律检查 sent at 05:20 (round 60, fbf; t62b F4): a morning report before dawn is read, its day asked.
  if (dawnMorningReport(entry, now)) return false;
  if (saysDayStillToCome(text, now, entry) && !(tripStillToCome(text, now) && tripSaidDone(entry))) return true;
  return (namesMonthPartAhead(text, now) || setForLater(text, now)) && !opensWithDayGone(text, shanghaiDate(now)) && !readsAsNotice(text);
}
