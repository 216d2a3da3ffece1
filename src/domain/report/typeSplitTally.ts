// Round 58, fixer fda (issue 10; t60a F9): 「本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次」 was read as one 廉政谈话 and one
// 谈心谈话, the 「2次」 silently one, and an answer of three days was refused (「回复了3个日期，问的是2次」). A tally split by
// type counts deeds of each type: that many records of each, each asking what is missing (its day, whom), so an answer with
// as many days as the tally fills them in order.
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';
import { parseDay } from './parseDay.js';

/** 廉政谈话2次 · 谈心谈话1人次 · 作风纪律检查两次: a kind word right before its count. */
const TYPE_COUNT = /([^，,、；;。：:\s]{2,10}?)\s*(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:次|人次|场|份)/g;

/**
 * Each type a tally split by type counts, with its count: 「其中廉政谈话2次、谈心谈话1次」 → [[talk_integrity, 2],
 * [talk_heart, 1]]; undefined unless two types or more are counted, each once.
 */
export function typeSplitCounts(text: string): [ActivityTypeCode, number][] | undefined {
  const at = text.search(/其中|分别是|分别为|包括/);
  const part = at >= 0 ? text.slice(at) : text;
  const out: [ActivityTypeCode, number][] = [];
  for (const m of part.matchAll(TYPE_COUNT)) {
    const kinds = findKinds(m[1]!).map((k) => k.code);
    if (kinds.length !== 1) continue;
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : chineseNumber(m[2]!);
    if (n === undefined || n < 1 || n > 20) return undefined;
    if (out.some(([t]) => t === kinds[0])) return undefined;
    out.push([kinds[0]!, n]);
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * `reports` with the one undated record of each type a split tally of `text` counts (see typeSplitCounts) made that many
 * records, each asking its day (and, for a talk, whom); `reports` as they are unless every record is such a bare one, one
 * per counted type.
 */
export function withTypeSplitTally(reports: ParsedReport[], text: string): ParsedReport[] {
  const counts = typeSplitCounts(text);
  if (counts === undefined || reports.length !== counts.length) return reports;
  // Studies counted by kind (组织廉政教育2次，警示教育1次) and a year's running totals (全年 · 今年) keep one record a kind, their
  // days asked (round 39's rows); deeds done with someone or at a place are counted one by one.
  if (/全年|今年|年度|以来/.test(text) || counts.some(([t]) => t.startsWith('edu_'))) return reports;
  const bare = (r: ParsedReport) => r.draft.date === undefined && r.draft.counterpartIds.length === 0;
  if (!reports.every(bare)) return reports;
  const out: ParsedReport[] = [];
  for (const [type, n] of counts) {
    const one = reports.find((r) => r.draft.type === type);
    if (one === undefined) return reports;
    // Each record is one deed: its day asked alone (no count of several on it), whom asked for a talk.
    const problems = one.problems.map((p) => (p.code === 'missing_date' ? { code: 'missing_date' as const } : p));
    if (isTalkType(type) && !problems.some((p) => p.code === 'missing_counterpart')) problems.push({ code: 'missing_counterpart' });
    for (let i = 0; i < n; i++) out.push({ ...one, draft: { ...one.draft }, problems: [...problems], remarks: i === 0 ? one.remarks : [], reasons: [...new Set([...(one.reasons ?? []), 'items' as const])] });
  }
  return out;
}

/** A day in a list of days: 11月9日 · 9日 · 9号 (a bare 日/号 day takes the month of the one before). */
const LIST_DAY = /(\d{1,2}月)?(\d{1,2})[日号]/g;

/** The days of `list` (11月9日、16日和23日) written whole, the month carried on; undefined when anything else is in it. */
function daysOf(list: string): string[] | undefined {
  const days: string[] = [];
  let month = '';
  for (const m of list.matchAll(LIST_DAY)) {
    month = m[1] ?? month;
    if (month === '') return undefined;
    days.push(`${month}${m[2]}日`);
  }
  return days.length > 0 && list.replace(LIST_DAY, '').replace(/[、，,和及与\s。.]/g, '') === '' ? days : undefined;
}

/**
 * 「…其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日和11月23日」 · 「廉政谈话2次（11月9日、11月16日）、谈心谈话1次（11月23日）」
 * (round 58, fda; t60a F9's kin: the days went to the 谈心谈话 only, or the 谈心谈话 was lost): the days of a tally split by
 * type, in order or bracketed after each type's count, written out one clause a day, 「11月9日开展廉政谈话；…」; `text`
 * itself when the days do not add up to the counts.
 */
export function withTypeSplitDays(text: string): string {
  const counts = typeSplitCounts(text);
  if (counts === undefined) return text;
  const total = counts.reduce((s, [, n]) => s + n, 0);
  const words = [...text.matchAll(TYPE_COUNT)].filter((m) => findKinds(m[1]!).length === 1);
  // Only a lead of time and total words (本月共开展谈话3次，其中): a lead naming a doer or more is read as before.
  const first = words[0]!;
  const lead = text.slice(0, first.index! + first[1]!.length - kindWord(first[1]!).length);
  if (lead.replace(/本月|这个月|本周|上周|今年|\d{1,2}月份?|共计|一共|共|开展了|开展|进行了|进行|谈话|检查|\d+|[一二两三四五六七八九十]+|人次|次|其中|[，,：:\s]/g, '') !== '') return text;
  const clause = (days: string[]) => {
    let i = 0;
    return counts.flatMap(([, n], k) => days.slice(i, (i += n)).map((d) => `${d}开展${kindWord(words[k]![1]!)}`));
  };
  // …，分别是11月9日、11月16日和11月23日 (the days in the order of the counts).
  const listed = text.match(LISTED_DAYS);
  if (listed) {
    const days = daysOf(listed[2]!);
    if (days !== undefined && days.length === total) return `${clause(days).join('；')}。`;
    return text;
  }
  // 廉政谈话2次（11月9日、11月16日）、谈心谈话1次（11月23日）.
  const bracketed = [...text.matchAll(/(?:次|人次)\s*[（(]([^）)]+)[）)]/g)];
  if (bracketed.length === counts.length) {
    const each = bracketed.map((b) => daysOf(b[1]!));
    if (each.every((d, k) => d !== undefined && d.length === counts[k]![1])) return `${clause(each.flat() as string[]).join('；')}。`;
  }
  return text;
}

/** …，分别是11月9日、11月16日: group 1 the tally, group 2 the days listed after it. */
const LISTED_DAYS = /^(.*?)[，,；;]\s*(?:分别是|分别为|分别在|时间分别是|时间分别为)\s*([^，,；;]+?)[。.]?$/s;

/** A tally whose listed days do not add up to its counts: the tally without them, the days, and the tally's total. */
export interface UnmatchedTallyDays {
  text: string;
  days: string[];
  total: number;
}

/**
 * 「本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日」 (round 59, fcb; fda's left-alone: both days
 * given to the 谈心谈话, the 廉政谈话 lost its day): days listed after a tally split by type (typeSplitCounts) that are
 * fewer or more than its total say nothing of which record had which day, so none is guessed: the tally without the list,
 * each record asking its day, and the days for the card's remark. undefined when the days match the total (withTypeSplitDays
 * writes them out) or there is no such list.
 */
export function typeSplitDaysUnmatched(text: string): UnmatchedTallyDays | undefined {
  if (!text.includes('其中') && !text.includes('包括')) return undefined;
  const counts = typeSplitCounts(text);
  if (counts === undefined) return undefined;
  const total = counts.reduce((s, [, n]) => s + n, 0);
  const listed = text.match(LISTED_DAYS);
  const days = listed ? daysOf(listed[2]!) : undefined;
  if (days === undefined || days.length === total) return undefined;
  return { text: `${listed![1]!}。`, days, total };
}

/**
 * `reports` (the tally read without its days) with a remark on the first: the days written, and that each is asked; each
 * day question names the days written too (`written`, YYYY-MM-DD read against `today`, YYYY-MM-DD in Asia/Shanghai).
 */
export function withUnmatchedDaysNoted(reports: ParsedReport[] | null, u: UnmatchedTallyDays, today: string): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const written = u.days.map((d) => parseDay(d, today).date).filter((d): d is string => d !== undefined);
  const marked = reports.map((r) => ({ ...r, problems: r.problems.map((p) => (p.code === 'missing_date' && written.length > 0 ? { ...p, written } : p)) }));
  const [first, ...others] = marked;
  const remark = `写了${u.days.length}个日期（${u.days.join('、')}），与共${u.total}次对不上，不知道哪一次是哪一天，日期没有分给各条；请按顺序回复每一次的日期`;
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons: [...new Set([...(first!.reasons ?? []), 'items' as const])] }, ...others];
}

/** The kind word itself out of the words before a count (其中廉政谈话 → 廉政谈话). */
function kindWord(words: string): string {
  const k = findKinds(words)[0]!;
  return words.slice(k.start, k.end);
}
