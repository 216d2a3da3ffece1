// 下午去各部室检查上班纪律 · 今天上午到财务科检查 (round 26, W1: sent at 10:00, stored at once as a check of today): a part of
// today, then going somewhere (去/到/前往/赴) to do a deed, with nothing said done, tells of a trip. Before that part of the
// day has come it is a plan; once it has come the member may be back or may still be on the way, so the bot asks.
import { shanghaiMinutes } from '../shanghai.js';
import { extractTitles } from './parseTraining.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { ParsedReport } from './draft.js';

/**
 * 上午 · 早上 · 中午 · 下午, with an hour or not (下午3点), then the trip word within the clause. Only ONE part of the day:
 * 今天上午和下午分别… tells of two deeds said together, which members write after the day (round 26, W2), and is kept.
 */
const TRIP = /(?<!和|、|与)(上午|早上|早晨|中午|下午)\s*(?:(\d{1,2})\s*(?:点|时|:\d{2})[半\d分]*)?\s*(?:[^,;。\n]{0,10}?)(?:去|到|前往|赴)(?!了|过)/;
/** Another part of the day or another day in the clause: not one trip of today. */
const OTHER_TIME = /(?:上午|早上|中午|下午|晚上)\s*(?:和|、|与|及)\s*(?:上午|早上|中午|下午|晚上)|昨天|昨日|前天|明天|后天|周[一二三四五六日天]|星期|礼拜|\d{1,2}\s*月|\d{1,2}\s*[日号]|\d{1,2}[./]\d{1,2}|上周|本周|这周|下周|那天|当天|同日|当日/;
/**
 * Said done (检查了 · 已去 · 去过 · 回来), begun (正在 · 刚才), or its findings told (发现2人迟到 · 均在岗), anywhere in the
 * message: not a trip still to come or in doubt. 刚 only as a word of its own (黄志刚 is a name).
 */
const SAID_DONE = /了|已|过|完|毕|结束|回来|正在|刚刚|刚才|刚去|刚到|发现|查出|查到|未发现|均在岗|情况良好|通报/;
/** A deed to be done where one goes: a check, a talk, a signing, a study or a kind named. */
const DEED = /检查|督查|抽查|暗访|巡查|查看|谈|签|学习|观看|讲|宣讲|参观|指导/;

/** Whether `text` says done, begun or found anything (…，发现2人迟到): a trip clause in it is no plan. */
export function tripSaidDone(text: string): boolean {
  return SAID_DONE.test(extractTitles(normalizeText(text)).rest);
}

/** The minute of the Shanghai day the part named begins (下午3点 → 15:00; 下午 → 12:00; 上午 → 08:00). */
function startMinute(part: string, hour: string | undefined): number {
  if (hour !== undefined) {
    const h = Number(hour);
    return (part === '下午' && h < 12 ? h + 12 : h) * 60;
  }
  return part === '下午' ? 12 * 60 : part === '中午' ? 11 * 60 + 30 : 8 * 60;
}

/**
 * The clause of `text` telling of a trip of today not said done (下午去各部室检查上班纪律), with the minute its part of the day
 * begins, or undefined. Titles are taken out first: a 《…》 may hold any word.
 */
export function tripOfToday(text: string): { clause: string; start: number } | undefined {
  if (tripSaidDone(text)) return undefined;
  for (const clause of normalizeText(text).split(/[,;。\n]+/)) {
    const { titles, rest } = extractTitles(clause);
    const words = arabicizeNumerals(rest).replace(/今天|今日/g, '');
    const m = TRIP.exec(words);
    if (!m || OTHER_TIME.test(words)) continue;
    const after = words.slice(m.index + m[0].length);
    if (!(DEED.test(after) || titles.length > 0 || findKinds(after).length > 0)) continue;
    return { clause: clause.trim(), start: startMinute(m[1]!, m[2]) };
  }
  return undefined;
}

/** Whether `text` tells of a trip of today whose part of the day has not come yet at `now`: a plan. */
export function tripStillToCome(text: string, now: Date): boolean {
  const trip = tripOfToday(text);
  return trip !== undefined && shanghaiMinutes(now) < trip.start;
}

/**
 * `reports` with those of `today` shown on a 确认 card when `text` tells of a trip of today not said done and its part of the
 * day has come (下午去各部室检查上班纪律, sent at 16:00): the member taps 确认 once back, 取消 if not gone yet. The remark
 * quotes the words; the reason `not_said_done` puts the question on the card.
 */
export function withTripAsked(reports: ParsedReport[], text: string, now: Date, today: string): ParsedReport[] {
  const trip = tripOfToday(text);
  if (trip === undefined || shanghaiMinutes(now) < trip.start) return reports;
  let said = false;
  return reports.map((r) => {
    if (r.draft.date !== today) return r;
    const remarks = said ? r.remarks : [...r.remarks, `「${trip.clause}」没有说已经做了：已经完成请点「确认」，还没有去请点「取消」，做完后再发给我`];
    said = true;
    return { ...r, remarks, reasons: [...new Set([...(r.reasons ?? []), 'not_said_done' as const])] };
  });
}
