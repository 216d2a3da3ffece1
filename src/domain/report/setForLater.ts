// 陈志强、赵敏两位同志的谈话安排在12月上旬 · 与郑华的廉政谈话定于下周 · 检查放在12月中旬 (round 35a, F4: read on 12-04 the clause
// was no plan, its names made the lecture before it "missing its doer" and its 两位同志 the lecture's head count): a deed set
// (安排在/定于/放在…) for a time not over yet is a plan, whatever the clause before it did.
import { claimsDone, namesComingPeriod } from './parseGate.js';
import { findKinds } from './parseKind.js';
import { CLAUSE_BREAK, normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { parseDay } from './parseDay.js';
import { monthPartAhead } from './monthPartAhead.js';
import { shanghaiDate } from '../shanghai.js';
import { DEED_WORDS } from './stillToComeWords.js';

/** The words that set a deed for a time: 安排在 · 定于 · 放在 · 初定 · 暂定 (a weekday after them is arrangedForWeekday's too). */
const SET_FOR = /(?:安排在|安排于|安排到|定于|定在|放在|排在|约在|约于|初定(?:于|在)?|暂定(?:于|在)?)了?/;
/** A time not over on any day it can be said: 本月 · 近期 · 年底前 · 元旦前 … */
const OPEN_TIME = /^\s*(?:本月|这个?月|本周|这周|近期|近日|年底|年内|年前|元旦前|春节前|节前|月底|月末)/;
/** 12月 · 12月份 with no day nor part after it. Group 1: the month. */
const WHOLE_MONTH = /^\s*(\d{1,2})月份?(?![\d日号上中下初底末])/;

/**
 * Whether clause `clause` sets a deed it names for a time not over at `now` (Shanghai): 的谈话安排在12月上旬 read on 12-04,
 * 定于下周 · 放在12月 · 安排在12月10日. A time gone by (安排在11月20日 read on 11-30) and a deed said done after the time
 * (安排在12月上旬进行了) are no plan. Only the clause holding the words is read, so a line of several clauses may be passed.
 */
export function setForLater(clause: string, now: Date): boolean {
  const text = arabicizeNumerals(extractTitles(normalizeText(clause)).rest);
  const m = SET_FOR.exec(text);
  if (m === null) return false;
  const from = Math.max(...[...text.slice(0, m.index).matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))].map((b) => b.index + 1), 0);
  const next = text.slice(m.index).search(CLAUSE_BREAK);
  const own = text.slice(from, next < 0 ? text.length : m.index + next);
  const after = text.slice(m.index + m[0].length, next < 0 ? text.length : m.index + next);
  const titles = extractTitles(normalizeText(clause)).titles;
  if (titles.length === 0 && findKinds(own).length === 0 && !DEED_WORDS.test(own)) return false;
  if (claimsDone(after.replace(/^了/, ''))) return false;
  return timeNotOver(after, shanghaiDate(now));
}

/** Whether the time `after` opens with is not over at `today` (YYYY-MM-DD). */
function timeNotOver(after: string, today: string): boolean {
  if (monthPartAhead(after, today) || OPEN_TIME.test(after) || namesComingPeriod(after, today)) return true;
  const month = WHOLE_MONTH.exec(after);
  if (month) return Number(month[1]) >= Number(today.slice(5, 7)) && Number(month[1]) <= 12;
  const day = parseDay(after, today).date;
  return day !== undefined && day > today;
}
