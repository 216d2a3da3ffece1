// Whether a message tells of an activity still to come (明天和陈静谈心, 下周准备…, 计划12月3日…), which the bot answers with the plan reply and does not record.
import { claimsDone, namesComingPeriod, notAReport } from './parseGate.js';
import { parseDay } from './parseDay.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { shanghaiDate } from '../shanghai.js';

/**
 * True when `text` is a plan: plan words (准备/打算/拟/将于/计划…), or an
 * activity named with a day after today (Shanghai calendar, read at `now`) or a
 * period still to come (下周, 下个月, 月底前…), and nothing said to be done
 * (了/已/完成). 「明天和陈静进行谈心谈话」 is a plan, not a message the bot failed to read.
 */
export function readsAsPlan(text: string, now: Date): boolean {
  const { titles, rest } = extractTitles(normalizeText(text));
  if (notAReport(rest) === 'plan') return true;
  if (claimsDone(rest)) return false;
  const namesActivity = titles.length > 0 || findKinds(rest).length > 0;
  if (!namesActivity) return false;
  const date = parseDay(arabicizeNumerals(rest), shanghaiDate(now)).date;
  return (date !== undefined && date > shanghaiDate(now)) || namesComingPeriod(rest);
}
