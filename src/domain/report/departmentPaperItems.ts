// Round 48 (ftf, fresh shapes): 林晓「12月份廉政信息报送情况：办公室1篇（12月2日），财务科1篇（12月3日）」 recorded one paper, the
// sender's own at 财务科, the 办公室's named as 「消息里的「12月2日」没有对应到任何记录」; 「11月各部室报送信息情况：办公室2篇
// （11月5日、11月19日），财务科1篇（11月12日），…」 and 「自查报告报送情况：办公室（12月1日）、财务科（12月2日）」 the same. A 纪检
// officer's tally of papers by department — a department, its count, its days in brackets — is each department's paper on
// each day, as 「12月2日办公室报送信息1篇，12月3日财务科报送信息1篇」 already reads (its head's, on a card).
// Round 49 (fvb, t51b F2): 「截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇，康复中心1篇。」 was answered as a completion
// query (nothing recorded) and 「11月各科室报送廉政信息：办公室3篇，宣文部2篇」 was one paper at 宣文部, the clerk's own, with
// 「信息:办公室3篇」 in its note. A tally whose items give no days is each department's papers too, their days asked (the
// count's question, as 「办公室11月份报送廉政信息2篇」 alone asks); the heading is written plainly (…报送情况：), so 截至…底 or a
// 报送 in it is no plan and no deed; a total (共6篇) and 其中1篇被…采用 are read by paperTallyChecked.
import type { Directory } from '../organization.js';
import { longDepartmentAlternation } from './departmentNames.js';
import { oncePer } from './oncePer.js';

/** The tally's heading: the paper it counts, then 报送情况/统计 and a colon (the heading line may say the month first). */
const HEADING = /(廉政信息|信息|自查报告|自查总结|自查|调研报告|述责述廉报告|述职述廉报告)[^:：\n。；;]{0,10}?[:：]/;
/** One day written whole: 12月2日 · 12月2号. */
const DAY = /^\d{1,2}月\d{1,2}[日号]$/;
const COUNT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * 应报 · 任务 · 计划 · 还差 · 未报 in the heading (各科室应报送信息：办公室3篇…): a quota or what is missing, no papers handed in.
 */
const NOT_DONE = /应|需|须|要求|任务|计划|指标|目标|分配|拟|未报|未交|没报|没交|还差|尚差|欠|缺/;

/** 截至11月底 · 截止目前 · 累计: a running total, no month of its own for the papers. */
const RUNNING = /截至|截止|累计|以来/;

/** 共6篇 · 共计6篇 · 合计：6篇 · 总计6条, in the heading or closing the list. Group 1: the number. */
const TOTAL = /(?:共计|合计|总计|共)\s*[:：]?\s*(?:报送|上报)?了?(?:廉政|廉洁)?(?:信息)?\s*(\d{1,3}|[一两二三四五六七八九十])\s*(?:篇|条|则|期|份)/;

/**
 * A clause closing the list that says how they were all handed in (round 51 fzc, t53b F1: 「…康复部3篇，均已于11月30日前报送」
 * ended no list, so the tally was one paper of the clerk's on 11-30): 均已于11月30日前报送 · 均已按时报送 · 已全部报送机关纪委 ·
 * 均于11月28日报送. Group 1: a day said; group 2: 前/之前/以前 after it — a deadline, no paper's day (their days asked); a day
 * with no 前 is the day of every item that says none.
 */
export const CLOSING =
  /(?:均|都|全部|皆|各部门均|以上)?(?:已经?)?(?:全部|均)?(?:于|在)?\s*((?:\d{1,2}月)?\d{1,2}[日号]|月底|月末|本月底|\d{1,2}月底)?\s*(前|之前|以前)?\s*(?:按时|按要求|按期|及时|如期)?(?:完成)?(?:报送|上报|提交|报出|交齐|报齐)(?:完毕|完成)?(?:至|到|给)?(?:机关纪委|机关党委|纪委|纪检|办公室|市残联|上级)?(?:了)?/;

/**
 * 请其余部门于11月30日前报送 · 请未报部门抓紧报送 closing the list (round 51 fzc: the tally was two papers of the clerk's on
 * 11-30): others asked to send theirs — no paper, and its deadline no one's day.
 */
const REQUEST = /(?:请|望|希望|督促|提醒)[^，,；;。\n]{0,20}?(?:报送|上报|提交|报)/;

/** 其中1篇被市纪委网站采用 · 其中2篇获省残联录用: a remark on the papers (t51b F9), kept in their note. */
export const ADOPTED = /其中[^，,；;。\n（）()]*?(?:被|获)[^，,；;。\n（）()]*?(?:采用|录用|刊发|刊登|转载|选用)/;

/** The paper a heading counts, as the entry reader names it. */
function paperOf(word: string): string {
  if (/信息/.test(word)) return '廉政信息';
  if (/自查/.test(word)) return '自查报告';
  if (/调研/.test(word)) return '调研报告';
  return '述责述廉报告';
}

const numberOf = (said: string | undefined): number | undefined => (said === undefined ? undefined : /^\d+$/.test(said) ? Number(said) : COUNT[said]);

/** One department's line of a tally: its name as written, its count (undefined: none said), its days, its remarks. */
export interface TallyItem {
  department: string;
  count?: number;
  days: string[];
  remarks: string[];
}

/** A tally of papers by department, as paperTally reads it. */
export interface PaperTally {
  /** Where the heading's line starts, where the list starts and ends (offsets in the text read). */
  headingStart: number;
  listStart: number;
  listEnd: number;
  paper: string;
  /** The heading written plainly: 11月廉政信息报送情况： (the month said, unless a running total's). */
  heading: string;
  items: TallyItem[];
  /** The total said (共6篇), in the heading or closing the list. */
  total?: number;
  /** 其中…被…采用 said after the list or its last item, of no one department. */
  remarks: string[];
}

/**
 * The tally of papers by department `text` holds after a paper heading (…信息报送情况：办公室1篇（12月2日），财务科… ·
 * 截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇), or undefined: every piece of the list must be a department with a count
 * or bracketed days (办公室3篇 · 办公室（11月23日） · 办公室2篇（11月3日、11月17日；其中1篇被…采用）), a total (共6篇) or a remark
 * (其中1篇被…采用), parted by ，；、 or spaces, on the heading's line or one a line under it; at least two departments, or one with
 * days. A heading of a quota or of what is missing (应报 · 还差 · 未报) is none.
 */
export function paperTally(text: string, directory: Directory): PaperTally | undefined {
  const tally = readTally(text, directory);
  return tally === undefined || NOT_DONE.test(text.slice(tally.headingStart, tally.listStart)) ? undefined : tally;
}

/**
 * Whether `text` is a tally of papers by department under a heading of a quota or of what is missing (各科室应报送廉政信息：
 * 办公室3篇，宣文部2篇 · 11月信息报送还差：组联部1篇): no paper was handed in (round 49, fvb: one was made at 宣文部, the clerk's).
 */
export function isQuotaTally(text: string, directory: Directory): boolean {
  const tally = readTally(text, directory);
  return tally !== undefined && NOT_DONE.test(text.slice(tally.headingStart, tally.listStart));
}

/** One piece of a tally's list (a department's count, departments that sent none, a total…), compiled once per directory. */
const pieceOf = oncePer((directory: Directory): RegExp | undefined => {
  const names = longDepartmentAlternation(directory);
  if (names === '') return undefined;
  // 组联部、维权部未报送 after the list (round 51 fzc): departments that sent none — no paper, no item; matched before an item.
  const unsent = `(?:(?:${names})[、和及\\s]*)+(?:均|都|暂|尚|还|仍)?(?:未|没有?)(?:按时)?(?:报送|上报|报|提交|交)`;
  return new RegExp(
    `${unsent}|${REQUEST.source}|(${names})(?:报送|上报|报)?了?(?:廉政|廉洁)?(?:信息)?(?:\\s*(\\d{1,3}|[零〇一两二三四五六七八九十])\\s*(?:篇|条|则|期|份))?(?:[（(]([^）)]{2,60})[）)])?|${TOTAL.source}|${ADOPTED.source}|(?<=^|[，,；;。\\s])${CLOSING.source}(?=[\\s，,；;。.]|$)`,
    'g',
  );
});

/** paperTally's reading, whatever its heading says. */
function readTally(text: string, directory: Directory): PaperTally | undefined {
  const heading = HEADING.exec(text);
  if (!heading) return undefined;
  const headingStart = text.lastIndexOf('\n', heading.index) + 1;
  const headingWords = text.slice(headingStart, heading.index + heading[0].length);
  const listStart = heading.index + heading[0].length;
  const piece = pieceOf(directory);
  if (piece === undefined) return undefined;
  const onlyPieces = (part: string) => part.replace(piece, '').replace(/[\s，,；;、。.]/g, '') === '';
  // The list runs on the heading's line, or on the lines under it while each holds pieces only (one a line).
  const lines = text.slice(listStart).split('\n');
  // 本月廉政信息报送统计：⏎办公室3篇⏎…: nothing after the colon, the list under it.
  let taken = lines.length > 1 && lines[0]!.trim() === '' ? 1 : 0;
  const first = taken;
  while (taken < lines.length && lines[taken]!.trim() !== '' && onlyPieces(lines[taken]!)) taken++;
  if (taken === first) return undefined;
  const list = lines.slice(0, taken).join('\n');
  const items: TallyItem[] = [];
  const remarks: string[] = [];
  let total = numberOf(TOTAL.exec(headingWords)?.[1]);
  /** The day the closing clause gives every item of none (均于11月28日报送), unless it is a deadline (…前). */
  let closingDay: string | undefined;
  for (const m of list.matchAll(piece)) {
    // Departments that sent none, and others asked to send theirs: no paper.
    if (m[1] === undefined && (/未|没/.test(m[0]) || REQUEST.test(m[0])) && !TOTAL.test(m[0]) && !ADOPTED.test(m[0])) continue;
    if (m[1] === undefined && CLOSING.test(m[0]) && !TOTAL.test(m[0]) && !ADOPTED.test(m[0])) {
      const c = new RegExp(`^${CLOSING.source}$`).exec(m[0]);
      if (c?.[1] !== undefined && c[2] === undefined && DAY.test(c[1])) closingDay = c[1];
      continue;
    }
    if (m[1] === undefined) {
      const t = TOTAL.exec(m[0]);
      if (t) total = numberOf(t[1]);
      else {
        // 其中办公室1篇被…采用 names its department; a remark right after an item (…办公室3篇，其中1篇被…采用，宣文部2篇) is that
        // item's; any other is the tally's.
        const named = items.find((i) => m[0].includes(i.department));
        const last = items[items.length - 1];
        const closesSentence = /[。.\n][\s，,；;、]*$/.test(list.slice(0, m.index));
        if (named) named.remarks.push(m[0]);
        else if (last !== undefined && !closesSentence) last.remarks.push(m[0]);
        else remarks.push(m[0]);
      }
      continue;
    }
    const count = numberOf(m[2]);
    // 办公室3篇（11月3日、11月17日；其中1篇被…采用）: the days, and a remark of that department's papers.
    const bracket = (m[3] ?? '').split(/[；;，,]/).map((p) => p.trim()).filter((p) => p !== '');
    const days = bracket.flatMap((p) => (p.split(/[、和及]/).every((d) => DAY.test(d.trim())) ? p.split(/[、和及]/).map((d) => d.trim()) : []));
    const own = bracket.filter((p) => !p.split(/[、和及]/).every((d) => DAY.test(d.trim())));
    if (own.some((p) => !ADOPTED.test(p))) return undefined;
    if (count === undefined && days.length === 0) return undefined;
    if (count !== undefined && days.length > 1 && count !== days.length) return undefined;
    items.push({ department: m[1], ...(count !== undefined ? { count } : {}), days, remarks: own });
  }
  if (closingDay !== undefined) for (const item of items) if (item.days.length === 0) item.days.push(closingDay);
  // One department with one day or none is a paper told, no tally (the sentence reads it).
  if (items.length < 2 && (items[0]?.days.length ?? 0) < 2) return undefined;
  const month = RUNNING.test(headingWords) ? '' : (/(\d{1,2})月(?:份|底|末)?|本月|上个?月|当月/.exec(headingWords)?.[0] ?? '').replace(/(\d{1,2})月(?:份|底|末)?/, '$1月');
  const paper = paperOf(heading[1]!);
  return { headingStart, listStart, listEnd: listStart + list.length, paper, heading: `${month}${paper}报送情况：`, items, ...(total !== undefined ? { total } : {}), remarks };
}

/**
 * `text` with a tally of papers by department (paperTally) written as one clause per department and day, after the heading
 * written plainly, one a line: 「11月廉政信息报送情况：⏎12月2日办公室报送廉政信息1篇⏎宣文部报送廉政信息⏎…」, a count over as many
 * days one each, a count of no days the department's papers with no count (their days and number are paperTallyChecked's),
 * a count of none (组联部0篇) no clause. Totals and
 * remarks are left out (paperTallyChecked reads them). Unchanged unless every piece of the list reads so.
 */
export function withDepartmentPaperItems(text: string, directory: Directory): string {
  const tally = paperTally(text, directory);
  if (tally === undefined) return text;
  const clauses: string[] = [];
  for (const item of tally.items) {
    if (item.count === 0) continue;
    const each = item.count === undefined ? '' : `${item.days.length > 1 ? 1 : item.count}篇`;
    // A count of no day is left out of the clause: the per-day readers would put its papers on the day of the line above
    // (办公室1篇（11月3日），财务科2篇 made three 办公室 papers on 11-03); paperTallyChecked asks its days.
    if (item.days.length === 0) clauses.push(`${item.department}报送${tally.paper}`);
    for (const d of item.days) clauses.push(`${d}${item.department}报送${tally.paper}${each}`);
  }
  if (clauses.length === 0) return text;
  // One clause a line: an item of no day of its own is asked its day, never given the line above's.
  return `${text.slice(0, tally.headingStart)}${tally.heading}\n${clauses.join('\n')}${text.slice(tally.listEnd)}`;
}
