// Whether a message tells of an activity still to come (明天和陈静谈心, 下周准备…, 计划12月3日…), which the bot answers with the plan reply and does not record.
import { claimsDone, namesComingPeriod, notAReport } from './parseGate.js';
import { parseDay } from './parseDay.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { shanghaiDate } from '../shanghai.js';
import { statesTotalsOnly } from './campaignSummary.js';
import { monthPartAhead } from './monthPartAhead.js';
import { stillToCome } from './stillToCome.js';

/**
 * True when `text` is a plan: plan words (准备/打算/拟/将于/计划…), or an
 * activity named with a day after today (Shanghai calendar, read at `now`) or a
 * period still to come (下周, 下个月, 月底前…), and nothing said to be done
 * (了/已/完成). 「明天和陈静进行谈心谈话」 is a plan, not a message the bot failed to read. `entry` is the whole entry
 * when `text` is one clause of it (今天上午与王芳谈心谈话，下午与胡军谈心谈话: the 下午 is said with the 上午, no plan).
 */
export function readsAsPlan(text: string, now: Date, entry: string = text): boolean {
  const { titles, rest } = extractTitles(normalizeText(text));
  if (notAReport(rest) === 'plan') return true;
  // 本月 计划 开展 作风纪律检查 3次 (round 69, gif: 没看懂): voice input's spaces between words part the plan's words too.
  if (VOICE_SPACE.test(rest) && notAReport(rest.replace(VOICE_SPACE_ALL, '')) === 'plan') return true;
  // 截至11月底，全年共开展作风纪律检查10次 read on 11-30 (t31c: the plan reply): a cutoff day still to come dates a figure.
  if (statesTotalsOnly(text)) return false;
  // 和李明的廉政谈话已约在周四 · 今晚和王磊谈心 (sent at 10:00) · 陈志强、赵敏两位同志的谈话安排在12月上旬 on 12-04 (round 35a,
  // F4): still to come by the time it names, read as every caller reads it.
  if (stillToCome(text, now, entry)) return true;
  if (claimsDone(rest)) return false;
  const namesActivity = titles.length > 0 || findKinds(rest).length > 0;
  if (!namesActivity) return false;
  const date = parseDay(arabicizeNumerals(rest), shanghaiDate(now)).date;
  return (date !== undefined && date > shanghaiDate(now)) || namesComingPeriod(rest, shanghaiDate(now)) || monthPartAhead(arabicizeNumerals(rest), shanghaiDate(now));
}

/** A space between two Chinese characters: voice input's, between nearly every word. */
const VOICE_SPACE = /(?<=[\u4e00-\u9fa5])[ \u3000]+(?=[\u4e00-\u9fa5])/;
const VOICE_SPACE_ALL = new RegExp(VOICE_SPACE.source, 'g');

/** 12月 · 12月份 with no day nor part after it (not 截至/到12月): a whole month. Group 1: the month. */
const MONTH_ALONE = /(?<![\d年至到止截])(\d{1,2})月份?(?![\d日号上中下初底末])/;

/**
 * 会上明确12月邀请党校教授讲廉政党课 read on 11-30 (round 33a's kind: put on the meeting's day as a done 廉政教育): a clause
 * naming a whole month after this one (this year), no day and nothing said done, is of a deed still to come. Read per
 * clause only: 12月 in December says nothing either way.
 */
export function namesMonthAhead(clause: string, now: Date): boolean {
  const rest = arabicizeNumerals(extractTitles(normalizeText(clause)).rest);
  const m = MONTH_ALONE.exec(rest);
  if (!m || claimsDone(rest) || /了|已|过/.test(rest)) return false;
  const today = shanghaiDate(now);
  if (parseDay(rest, today).date !== undefined) return false;
  const month = Number(m[1]);
  return month > Number(today.slice(5, 7)) && month <= 12;
}
