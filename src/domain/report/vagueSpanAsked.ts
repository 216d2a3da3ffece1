// 「10月下旬 部门集中学习《廉洁自律准则》」 in a list of two months (round 50, fxd, t52b F7): its day question offered 今天/昨天
// and did not say what the message said, though 10月下旬 is 10月21日—31日. The part of a month (or the month) a deed was told
// in is kept on its day question, which says it and offers only days inside it.
import { addDays, addMonths } from '../shanghai.js';
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { OTHER_SPAN } from './reportMonth.js';
import { REPORTED_TO } from './parseGate.js';

/** What the message said of when, and the days it spans (YYYY-MM-DD, up to today). */
export interface SpanAsked {
  said: string;
  from: string;
  to: string;
}

/** 10月下旬 · 11月上旬 · 10月初 · 10月底 · 10月份 · 10月 (group 1 the month, 2 the part). */
const MONTH_PART = /(?<![\d年至到止截])(\d{1,2})月(上旬|中旬|下旬|初|中|底|末|份)?(?![\d日号])/g;
/** 上旬 · 月初 · 上个月 · 本月 … written without the month's number. */
const BARE_PART = /(上个?月|本月|这个?月)|(?<!\d月)(上旬|中旬|下旬|月初|月中|月底|月末)|(前几天|前些天|前些日子)/g;

/** A day of its own: 12月2号 · 23日 · 今天 · 昨天 · 前天 · 上周三. */
const EXACT_DAY = /\d{1,2}[日号]|今天|昨天|前天|(?:上|本|这)个?(?:周|星期|礼拜)[一二三四五六日天]/;

/** The first and last day of `part` in `month` (YYYY-MM). */
function partDays(month: string, part: string | undefined): [string, string] {
  const last = addDays(addMonths(`${month}-01`, 1), -1);
  if (part === '上旬' || part === '初' || part === '月初') return [`${month}-01`, `${month}-10`];
  if (part === '中旬' || part === '中' || part === '月中') return [`${month}-11`, `${month}-20`];
  if (part === '下旬' || part === '底' || part === '末' || part === '月底' || part === '月末') return [`${month}-21`, last];
  return [`${month}-01`, last];
}

/**
 * The one vague time `line` tells its deed in (a month, a part of one, 上个月, 前几天), read at `today` (YYYY-MM-DD), its
 * days cut at today; undefined when the line names none, more than one, or a span not begun.
 */
export function vagueSpanDays(line: string, today: string): SpanAsked | undefined {
  const text = arabicizeNumerals(extractTitles(line).rest);
  // 10月份和赵磊谈心一次，12月2号又…。责任书年初就签了 (round 42, t42a F7's kind): a day or another vague time (年初) on the
  // line may be another deed's; whose span is whose cannot be told, so none is said.
  // 11月 向党组书面报告上半年…情况: the 上半年 reported on is the report's subject, no time of the deed.
  const reported = REPORTED_TO.exec(text);
  const when = reported ? text.slice(0, reported.index + reported[0].length) : text;
  if (OTHER_SPAN.test(when) || EXACT_DAY.test(text)) return undefined;
  const thisMonth = today.slice(0, 7);
  const found: { said: string; days: [string, string] }[] = [];
  for (const m of text.matchAll(MONTH_PART)) {
    const n = Number(m[1]);
    if (n < 1 || n > 12) continue;
    const year = Number(today.slice(0, 4)) - (n > Number(today.slice(5, 7)) ? 1 : 0);
    found.push({ said: m[0], days: partDays(`${year}-${String(n).padStart(2, '0')}`, m[2]) });
  }
  for (const m of text.matchAll(BARE_PART)) {
    if (m[1] !== undefined) found.push({ said: m[1], days: partDays(/上/.test(m[1]) ? addMonths(`${thisMonth}-01`, -1).slice(0, 7) : thisMonth, undefined) });
    else if (m[2] !== undefined) found.push({ said: m[2], days: partDays(thisMonth, m[2]) });
    else found.push({ said: m[3]!, days: [addDays(today, -7), addDays(today, -1)] });
  }
  if (found.length !== 1) return undefined;
  const [{ said, days }] = found as [{ said: string; days: [string, string] }];
  if (days[0] > today) return undefined;
  return { said, from: days[0], to: days[1] < today ? days[1] : today };
}

/**
 * `records` read from `line` with the day question of each record that waits for its day (and names no month or days
 * of its own) told the span the line said: 「消息说的是10月下旬」 and days inside it, never 今天/昨天 outside it.
 */
export function withVagueSpanAsked(records: ParsedReport[], line: string, today: string): ParsedReport[] {
  const span = records.some((r) => r.problems.some((p) => p.code === 'missing_date')) ? vagueSpanDays(line, today) : undefined;
  if (span === undefined) return records;
  return records.map((r) => ({
    ...r,
    problems: r.problems.map((p) => (p.code === 'missing_date' && p.month === undefined && p.written === undefined && p.count === undefined ? { ...p, span } : p)),
  }));
}
