// The 台账 workbook (.xlsx): 汇总 (completion per duty and person), 活动台账 (one row per record), 说明 (period, scope, time).
import { meetingBodyName } from '../domain/meetingBody.js';
import { LATE_MEANING } from '../domain/completion/late.js';
import ExcelJS from 'exceljs';
import type { LedgerExport } from '../domain/ledger/export.js';
import type { LedgerRow } from '../domain/ledger/rows.js';
import { shanghaiDateTime } from '../domain/shanghai.js';
import type { SummaryRow } from '../domain/ledger/summary.js';
import type { Period } from '../domain/period.js';
import { excelDate, excelDateTime, fitWidth } from './excelCells.js';

type Value = string | number | Date | null;

interface Column<T> {
  header: string;
  value: (row: T) => Value;
  /** Excel number format for dates; text columns leave it unset. */
  numFmt?: string;
  /** The text a cell shows, for widths (dates are shorter as shown than as Date objects). */
  shown?: (row: T) => string;
}

/**
 * The 汇总 columns. When a duty period is longer than the export (a half-year duty in a quarter's 台账), 完成
 * counts the whole duty period, records outside this file included, as the chat card does; the column
 * 「其中第三季度」 then gives what this file's own rows hold, and the 周期 column names the whole period.
 */
export function summaryColumns(exp: Pick<LedgerExport, 'period' | 'summary'>): Column<SummaryRow>[] {
  const wider = exp.summary.some((r) => r.wider);
  return [
    { header: '事项', value: (r) => r.dutyName },
    { header: '责任人', value: (r) => r.responsibleName },
    { header: '周期', value: (r) => r.cycle },
    { header: '要求', value: (r) => r.required },
    { header: wider ? '完成（整个周期）' : '完成', value: (r) => r.done },
    ...(wider ? [{ header: inViewHeader(exp.period), value: (r: SummaryRow) => (r.wider ? r.doneInView : r.done) }] : []),
    { header: '状态', value: (r) => r.status },
    { header: '尚缺', value: (r) => r.missing },
    { header: '其中补录', value: (r) => r.lateCount || null },
  ];
}

/** 「其中第三季度」, the chat card's words for the view's own share. */
function inViewHeader(period: Period): string {
  return `其中${period.label.replace(/^\d{4}年(?=.)/, '') || period.label}`;
}

export const ACTIVITY_COLUMNS: Column<LedgerRow>[] = [
  { header: '日期', value: (r) => excelDate(r.date), numFmt: 'yyyy-mm-dd', shown: (r) => r.date },
  // A 专题会议 another body held says which (round 53, t55b F3: 专题会议（机关党委）), so the 台账 does not show it as the 党组's.
  { header: '类型', value: (r) => (r.meetingBody !== undefined ? `${r.typeName}（${meetingBodyName(r.meetingBody)}）` : r.typeName) },
  { header: '责任人/上报人', value: (r) => (r.reporterName ? `${r.actorName}/${r.reporterName}` : r.actorName) },
  // A check's 同行 are among those who took part (t48a F5: 林晓 went with 黄志刚 and was nowhere in the 台账).
  { header: '对象或参加人员', value: (r) => [...r.counterpartNames, ...r.companionNames.map((n) => `${n}（同行）`)].join('、') },
  { header: '题目', value: (r) => r.title ?? '' },
  { header: '人数', value: (r) => r.attendees ?? null },
  { header: '所属部门', value: (r) => r.departmentName ?? '' },
  { header: '上报时间', value: (r) => excelDateTime(r.reportedAt), numFmt: 'yyyy-mm-dd hh:mm', shown: (r) => r.reportedAt },
  { header: '补录', value: (r) => (r.late ? '补录' : '') },
  // Its own day stays in 日期; the year whose duty it meets is said here (completion/countingDay).
  { header: '计入年度', value: (r) => (r.dutyYear !== undefined ? `${r.dutyYear}年度` : '') },
  { header: '证据', value: (r) => r.evidence },
  { header: '备注', value: (r) => r.note ?? '' },
  { header: '编号', value: (r) => r.id },
];

const STATUS_FILL: Record<string, string> = { 逾期: 'FFF8CBAD', 滞后: 'FFFFE699', 完成: 'FFC6EFCE' };

function addTable<T>(wb: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: readonly T[]): ExcelJS.Worksheet {
  // Frozen header row: scrolling a year of records keeps the headings in view.
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => {
    const shown = rows.map((r) => (c.shown ? c.shown(r) : String(c.value(r) ?? '')));
    return { header: c.header, width: fitWidth([c.header, ...shown]) };
  });
  for (const row of rows) {
    const added = ws.addRow(columns.map((c) => c.value(row)));
    columns.forEach((c, i) => {
      if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.eachRow((row, n) => {
    if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
  return ws;
}

function addAbout(wb: ExcelJS.Workbook, exp: LedgerExport): void {
  const ws = wb.addWorksheet('说明');
  const late = exp.rows.filter((r) => r.late).length;
  const rows: [string, string][] = [
    ['单位', exp.organization],
    ['期间', `${exp.period.label}（${exp.period.start} 至 ${exp.period.end}）`],
    ['范围', exp.scope],
    ['导出时间', `${shanghaiDateTime(exp.asOf)}（北京时间）`],
    ['活动记录', `${exp.rows.length} 条，其中补录 ${late} 条`],
    ['完成情况', `${exp.summary.length} 项（汇总表，状态按导出时间计算）`],
    ...(exp.summary.some((r) => r.wider)
      ? [['汇总口径', `职责周期长于本期间的事项（如每半年、每年），“完成（整个周期）”按整个周期计，含本表期间以外的记录；“${inViewHeader(exp.period)}”只计本期间的记录，即“活动台账”所列各行；“其中补录”与“完成（整个周期）”同一口径。`] as [string, string]]
      : []),
    // Per line, 其中补录 shares its 完成's unit (months, pairs, records), and one record may count in two duties:
    // the column's sum is no count of records, the 活动记录 line above is (a newcomer summed it and got 14 for 6).
    ['补录', `${LATE_MEANING}“活动记录”中的补录条数即“活动台账”补录列所标的行数；汇总表“其中补录”按各行“完成”的口径计，各行相加不是记录条数。`],
    ...(exp.rows.some((r) => r.dutyYear !== undefined)
      ? [['计入年度', '“计入年度”有值的行是为另一年度签订的责任书（如12月提前签订下一年度的），日期为实际签订日，完成情况计入所写年度：本期间不是该年度的，汇总不计；是该年度的，虽日期在期间外也列出并计入。'] as [string, string]]
      : []),
    ['说明', '已撤销（删除）的记录不计入；谈话只记录时间、双方和类型，不记录谈话内容。'],
  ];
  ws.columns = [{ width: 12 }, { width: fitWidth(rows.map(([, v]) => v), 20, 80) }];
  for (const r of rows) ws.addRow(r).getCell(1).font = { bold: true };
}

export async function buildLedgerWorkbook(exp: LedgerExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '清风';
  wb.title = `${exp.organization}党风廉政建设台账（${exp.period.label}）`;
  // Workbook metadata only; the cells carry civil dates and never depend on this.
  wb.created = exp.asOf;
  wb.modified = exp.asOf;
  const columns = summaryColumns(exp);
  const summary = addTable(wb, '汇总', columns, exp.summary);
  const statusCol = columns.findIndex((c) => c.header === '状态') + 1;
  summary.eachRow((row, n) => {
    const fill = n > 1 ? STATUS_FILL[String(row.getCell(statusCol).value)] : undefined;
    if (fill) row.getCell(statusCol).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  });
  addTable(wb, '活动台账', ACTIVITY_COLUMNS, exp.rows);
  addAbout(wb, exp);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
