// Writes an organisation as the 名单 spreadsheet (the template's shape), the inverse of readOrgSheet.
import ExcelJS from 'exceljs';
import { createDirectory, LATEST, type Organization } from '../domain/organization.js';
import { fitWidth } from '../ledger/excelCells.js';
import { COLUMNS, NAME_CELL, NOTES_SHEET, SHEET, type ColumnKey } from './orgSheetColumns.js';

/** Rows of the 名单 sheet for an organisation: its final state (dated history stays in the YAML). */
export function sheetRows(org: Organization): string[][] {
  const d = createDirectory(org, LATEST);
  const names = new Map(org.departments.map((x) => [x.id, x.name]));
  return org.people.map((source) => {
    const p = d.person(source.id)!;
    const roles = [
      p.roles.includes('secretary') ? '党组书记' : '',
      p.roles.includes('leader') ? '班子成员' : '',
      d.headedBy(p.id).length > 0 ? '科室负责人' : '',
      p.roles.includes('inspector') ? '纪检' : '',
    ].filter((x) => x !== '');
    const cells: Record<ColumnKey, string> = {
      id: p.id,
      name: p.name,
      title: p.title,
      department: p.departmentId ? (names.get(p.departmentId) ?? '') : '',
      roles: roles.join('、'),
      supervises: d.supervisedBy(p.id).map((x) => x.name).join('、'),
      mobile: p.mobile ?? '',
      email: p.email ?? '',
      openId: p.openId ?? '',
      from: p.tenure?.from ?? '',
      until: p.tenure?.until ?? '',
    };
    return COLUMNS.map((c) => cells[c.key]);
  });
}

/** The workbook: 名单 (header, one row per person, text cells so ids and mobiles stay exact) and 说明 (unit name, column guide). */
export function buildOrgWorkbook(unitName: string, rows: readonly string[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '清风';
  // Fixed, so the same organisation always gives the same file.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(COLUMNS.map((c) => c.zh)).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.numFmt = '@';
    col.width = fitWidth([c.zh, ...rows.map((r) => r[i] ?? '')], 8, 40);
  });
  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.getColumn(1).width = 14;
  notes.getColumn(2).width = 80;
  notes.getCell('A1').value = '清风 人员名单';
  notes.getCell('A1').font = { bold: true };
  notes.getCell('A2').value = '单位名称';
  notes.getCell(NAME_CELL).value = unitName;
  notes.getCell('A4').value = '列';
  notes.getCell('B4').value = '填写说明';
  COLUMNS.forEach((c, i) => {
    notes.getCell(`A${5 + i}`).value = c.zh;
    notes.getCell(`B${5 + i}`).value = c.note;
  });
  const after = 6 + COLUMNS.length;
  notes.getCell(`A${after}`).value = '导入';
  notes.getCell(`B${after}`).value = 'npm run org -- import-xlsx 名单.xlsx（已有 config/organization.yaml 时加 --force，旧文件自动备份）';
  notes.getCell(`A${after + 1}`).value = '变动';
  notes.getCell(`B${after + 1}`).value = '分管、负责人的历次变动（from/until）只记在 organization.yaml；本表是当前状态。';
  return wb;
}
