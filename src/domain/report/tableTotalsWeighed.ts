// 孙丽 pastes 「日期⇥类型⇥对象⏎12月1日⇥廉政谈话⇥王强⏎12月2日⇥廉政谈话⇥李娟⏎小计⇥廉政谈话⇥3人次⏎…」 (round 65, ged): the 小计/合计
// rows were rightly no records, but their counts went without a word when the rows above did not reach them — the sheet says
// three talks, the card holds two. Each such row is weighed against the records of its kind (all records for a 合计 of no
// kind), a difference said on the card (countDiffers). 累计 · 本周 · 本月 rows count beyond the sheet (gci's reading) and are
// not weighed.
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { totalCounts } from './kindTotalsLead.js';
import { countDiffers } from './countDiffers.js';
import { parseKind } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';

/** A sheet's total row: 合计 · 小计 · 总计 (alone in the first cell), then its cells. Group 1 the word, group 2 the other cells. */
const TOTAL_ROW = /^[ \t]*(合计|小计|总计|共计)[:：]?[ \t]+(.+)$/;
/** A cell of times counted: 3人次 · 2次 · 5份 · 两场 · 1项 (people alone, 45人, is a head count: not weighed). Group 1 the count. */
const TIMES_CELL = /^(\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:人次|次|份|场|项|条)$/;

/** One total row: the row's words as written, its count, and the kind it counts (none: every record). */
interface TotalRow {
  said: string;
  count: number;
  name?: string;
  code?: ActivityTypeCode;
}

/** The cells after a total row's word when the line is one (合计⇥⇥3次: one cell of times), else undefined. */
function totalRowCells(line: string): string[] | undefined {
  const m = TOTAL_ROW.exec(line);
  if (!m || !/\t| {2,}/.test(line)) return undefined;
  const cells = m[2]!.split(/\t| {2,}/).map((c) => c.trim()).filter((c) => c !== '');
  return cells.filter((c) => TIMES_CELL.test(c)).length === 1 ? cells : undefined;
}

/**
 * `text` without its sheet's total rows of times (小计⇥⇥3次 under two check rows, round 66, gfa: read as a third check asked
 * its day), for the rows' readers; `text` itself when it has none. The rows are weighed after (withTableTotalsWeighed). Pure.
 */
export function withoutTotalRows(text: string): string {
  if (!text.includes('\n') || !/合计|小计|总计|共计/.test(text)) return text;
  const lines = text.split('\n');
  const kept = lines.filter((l) => totalRowCells(l) === undefined);
  return kept.length === lines.length || kept.every((l) => l.trim() === '') ? text : kept.join('\n');
}

/** The total rows of `text`, cells parted by tabs or two spaces and more; none when it is no sheet. */
function totalRows(text: string): TotalRow[] {
  const rows: TotalRow[] = [];
  for (const line of text.split('\n')) {
    const cells = totalRowCells(line);
    if (cells === undefined) continue;
    const m = TOTAL_ROW.exec(line)!;
    const counted = cells.map((c) => TIMES_CELL.exec(c)).filter((x) => x !== null);
    const n = counted[0]![1]!;
    const count = /^\d/.test(n) ? Number(n) : (chineseNumber(n) ?? 0);
    const kind = parseKind(cells.filter((c) => !TIMES_CELL.test(c)).join('')).kind;
    rows.push({ said: [m[1]!, ...cells].join(' '), count, ...(kind ? { name: activityTypeName(kind.code), code: kind.code } : {}) });
  }
  return rows;
}

/**
 * `reports` read from a pasted sheet with a remark on the first record, and 'leftover' (shown for a tap), for each kind whose
 * 合计/小计 rows (summed, when a kind has several) are not the number of its records; as they are otherwise. Pure.
 */
export function withTableTotalsWeighed(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  // Cheap gates first (issue 14): a sheet with a total word.
  if (reports === null || reports.length === 0 || !text.includes('\n') || !/合计|小计|总计|共计/.test(text)) return reports;
  const rows = totalRows(text);
  if (rows.length === 0) return reports;
  const remarks: string[] = [];
  for (const key of [...new Set(rows.map((r) => r.code ?? ''))]) {
    const same = rows.filter((r) => (r.code ?? '') === key);
    const listed = key === '' ? reports.length : reports.filter((r) => totalCounts({ name: same[0]!.name!, code: same[0]!.code }, r.draft.type)).length;
    const count = same.reduce((sum, r) => sum + r.count, 0);
    if (count !== listed) remarks.push(countDiffers(`表中「${same.map((r) => r.said).join('」「')}」`, listed, '', '项', false));
  }
  if (remarks.length === 0) return reports;
  const [first, ...rest] = reports;
  return [{ ...first!, remarks: [...first!.remarks, ...remarks], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...rest];
}
