// The 台账 workbook (.xlsx): 汇总 (completion per duty and person), 活动台账 (one row per record), 说明 (period, scope, time).
import { LATE_MEANING } from '../domain/completion/late.js';
import ExcelJS from 'exceljs';
import type { LedgerExport } from '../domain/ledger/export.js';
import type { LedgerRow } from '../domain/ledger/rows.js';
import { shanghaiDateTime } from '../domain/shanghai.js';
import type { SummaryRow } from '../domain/ledger/summary.js';
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

export const SUMMARY_COLUMNS: Column<SummaryRow>[] = [
  { header: '事项', value: (r) => r.dutyName },
  { header: '责任人', value: (r) => r.responsibleName },
  { header: '周期', value: (r) => r.cycle },
  { header: '要求', value: (r) => r.required },
  { header: '完成', value: (r) => r.done },
  { header: '状态', value: (r) => r.status },
  { header: '尚缺', value: (r) => r.missing },
  { header: '其中补录', value: (r) => r.lateCount || null },
];

export const ACTIVITY_COLUMNS: Column<LedgerRow>[] = [
  { header: '日期', value: (r) => excelDate(r.date), numFmt: 'yyyy-mm-dd', shown: (r) => r.date },
  { header: '类型', value: (r) => r.typeName },
  { header: '责任人/上报人', value: (r) => (r.reporterName ? `${r.actorName}/${r.reporterName}` : r.actorName) },
  { header: '对象或参加人员', value: (r) => r.counterpartNames.join('、') },
  { header: '题目', value: (r) => r.title ?? '' },
  { header: '人数', value: (r) => r.attendees ?? null },
  { header: '所属部门', value: (r) => r.departmentName ?? '' },
  { header: '上报时间', value: (r) => excelDateTime(r.reportedAt), numFmt: 'yyyy-mm-dd hh:mm', shown: (r) => r.reportedAt },
  { header: '补录', value: (r) => (r.late ? '补录' : '') },
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
    ['补录', LATE_MEANING],
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
  const summary = addTable(wb, '汇总', SUMMARY_COLUMNS, exp.summary);
  const statusCol = SUMMARY_COLUMNS.findIndex((c) => c.header === '状态') + 1;
  summary.eachRow((row, n) => {
    const fill = n > 1 ? STATUS_FILL[String(row.getCell(statusCol).value)] : undefined;
    if (fill) row.getCell(statusCol).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  });
  addTable(wb, '活动台账', ACTIVITY_COLUMNS, exp.rows);
  addAbout(wb, exp);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
