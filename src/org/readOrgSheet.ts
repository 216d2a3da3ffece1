// Reads the spreadsheet 纪检 officers keep (姓名, 职务, 部门, 角色, 分管部门, 手机号/邮箱) into a draft organisation.
import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import type { HeldRole, Organization } from '../domain/organization.js';
import { OrgCliError } from './orgCliError.js';
import { blank, type DraftDepartment, type DraftPerson, type OrgDraft } from './orgDraft.js';
import { column, COLUMNS, NAME_CELL, NOTES_SHEET, SHEET, type ColumnKey } from './orgSheetColumns.js';
import { createIdMaker } from './pinyinIds.js';

const ROLE_ORDER = ['党组书记', '班子成员', '科室负责人', '纪检'] as const;
const ROLE_WORDS: [RegExp, (typeof ROLE_ORDER)[number]][] = [
  [/^(党组书记|书记|党委书记)$/, '党组书记'],
  [/^(班子成员|党组成员|领导班子成员|分管领导|副理事长|副局长|副主任)$/, '班子成员'],
  [/^(科室负责人|部门负责人|负责人|科长|主任|部长)$/, '科室负责人'],
  [/^(纪检|纪检干事|纪委书记|机关纪委书记|纪检委员|纪检监察员)$/, '纪检'],
];
const PLAIN_MEMBER = /^(成员|普通成员|职工|干部|科员|)$/;

/** The text a cell shows, whatever exceljs made of it (numbers, rich text, hyperlinks, formulas, dates). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

function split(text: string): string[] {
  return text
    .split(/[、,，;；/\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** 2026-07-01, 2026/7/1, 2026.7.1, 2026年7月1日 → 2026-07-01; undefined when not a real date. */
function toDay(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const t = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || !t.toISOString().startsWith(day) ? undefined : day;
}

/** Ids of the organisation already in force, so a re-import keeps every person's records attached. */
export interface KnownIds {
  byOpenId: Map<string, string>;
  byMobile: Map<string, string>;
  byEmail: Map<string, string>;
  byName: Map<string, string>;
  departments: Map<string, string>;
  /** Configured genders by person id: the sheet has no such column, and an import must not drop them. */
  genders?: Map<string, '男' | '女'>;
}

export function knownIdsOf(org: Organization | undefined): KnownIds {
  const people = org?.people ?? [];
  const unique = (pairs: [string | undefined, string][]) => {
    const m = new Map<string, string>();
    const dup = new Set<string>();
    for (const [k, v] of pairs) if (k) (m.has(k) ? dup.add(k) : m.set(k, v));
    for (const k of dup) m.delete(k);
    return m;
  };
  return {
    byOpenId: unique(people.map((p) => [p.openId, p.id])),
    byMobile: unique(people.map((p) => [p.mobile?.replace(/^\+86/, ''), p.id])),
    byEmail: unique(people.map((p) => [p.email?.toLowerCase(), p.id])),
    byName: unique(people.map((p) => [p.name, p.id])),
    genders: new Map(people.flatMap((p) => (p.gender ? [[p.id, p.gender] as [string, '男' | '女']] : []))),
    departments: unique((org?.departments ?? []).flatMap((d) => [[d.name, d.id] as [string, string], ...d.aliases.map((a) => [a, d.id] as [string, string])])),
  };
}

interface Row {
  row: number;
  cells: Record<ColumnKey, string>;
}

/**
 * Reads `file` (the template's shape) into a draft. A mistake throws OrgCliError
 * ORG_SHEET naming the file, sheet, row and column in Chinese and English. What the
 * sheet leaves open (a department nobody heads, nobody supervises, no 党组书记, a
 * person with no way to find them on Feishu) becomes a blank.
 */
export async function readOrgSheet(file: string, known: KnownIds = knownIdsOf(undefined), today = ''): Promise<OrgDraft> {
  const shown = basename(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (error) {
    throw new OrgCliError('ORG_SHEET', `读不了 ${file}：不是有效的 .xlsx 文件（${(error as Error).message}）`, `cannot read ${file} as an .xlsx workbook: ${(error as Error).message}`);
  }
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) throw new OrgCliError('ORG_SHEET', `${shown} 里没有工作表`, `${shown} has no worksheet`);
  const bad = (row: number, key: ColumnKey | undefined, zh: string, en: string): never => {
    const col = key ? column(key) : undefined;
    const where = col ? `第 ${row} 行 ${col.letter} 列「${col.zh}」` : `第 ${row} 行`;
    const whereEn = col ? `row ${row}, column ${col.letter} (${col.en})` : `row ${row}`;
    throw new OrgCliError('ORG_SHEET', `${shown} 工作表「${ws.name}」${where}：${zh}`, `${shown} sheet ${ws.name} ${whereEn}: ${en}`);
  };
  // Header row: columns are found by their Chinese header, so a sheet with reordered or extra columns still reads.
  const header = ws.getRow(1);
  const at = new Map<ColumnKey, number>();
  header.eachCell((cell, col) => {
    const text = cellText(cell.value);
    const c = COLUMNS.find((x) => x.zh === text || text === x.zh.replace('飞书', ''));
    if (c) at.set(c.key, col);
  });
  if (!at.has('name')) bad(1, undefined, `找不到表头「姓名」；第一行应是表头：${COLUMNS.map((c) => c.zh).join('、')}`, `no 姓名 (name) header in row 1; expected headers ${COLUMNS.map((c) => c.zh).join(', ')}`);

  const rows: Row[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = Object.fromEntries(COLUMNS.map((c) => [c.key, at.has(c.key) ? cellText(row.getCell(at.get(c.key)!).value) : ''])) as Record<ColumnKey, string>;
    if (COLUMNS.every((c) => cells[c.key] === '')) continue;
    if (cells.name === '') bad(r, 'name', '姓名不能为空', 'a name is required');
    rows.push({ row: r, cells });
  }
  if (rows.length === 0) bad(2, 'name', '名单是空的：从第 2 行起每人一行', 'no people: one person per row from row 2');

  const ids = createIdMaker();
  // Existing ids first, so nobody new takes an id whose records belong to someone else.
  const deptNames: string[] = [];
  const addDept = (name: string) => {
    if (!deptNames.includes(name)) deptNames.push(name);
  };
  for (const { cells } of rows) if (cells.department) addDept(cells.department);
  const deptIds = new Map<string, string>();
  for (const name of deptNames) {
    const old = known.departments.get(name);
    if (old) ids.reserve(old);
    deptIds.set(name, old ?? '');
  }
  for (const name of deptNames) if (!deptIds.get(name)) deptIds.set(name, ids.make(name, `dept${deptIds.size}`));

  const roleOf = (r: Row): (typeof ROLE_ORDER)[number][] => {
    const out = new Set<(typeof ROLE_ORDER)[number]>();
    for (const word of split(r.cells.roles)) {
      if (PLAIN_MEMBER.test(word)) continue;
      const hit = ROLE_WORDS.find(([re]) => re.test(word));
      if (!hit) bad(r.row, 'roles', `不认识的角色「${word}」；应为 ${ROLE_ORDER.join('、')}（普通成员留空）`, `unknown role "${word}"; expected ${ROLE_ORDER.join(', ')} (empty for a plain member)`);
      out.add(hit![1]);
    }
    return ROLE_ORDER.filter((x) => out.has(x));
  };

  const seenIds = new Map<string, number>();
  const people: (DraftPerson & { row: number; supervises: string[]; heads: boolean })[] = rows.map((r) => {
    const c = r.cells;
    const mobile = c.mobile.replace(/[\s-]/g, '');
    if (mobile && !/^\+?\d{6,15}$/.test(mobile)) bad(r.row, 'mobile', `「${c.mobile}」不是手机号`, `"${c.mobile}" is not a mobile number`);
    if (c.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email)) bad(r.row, 'email', `「${c.email}」不是邮箱地址`, `"${c.email}" is not an e-mail address`);
    if (c.openId && !/^ou_[0-9a-zA-Z]+$/.test(c.openId)) bad(r.row, 'openId', `「${c.openId}」不是飞书 open_id（ou_ 开头）`, `"${c.openId}" is not a Feishu open_id (ou_…)`);
    if (c.id && !/^[A-Za-z0-9_-]+$/.test(c.id)) bad(r.row, 'id', `编号「${c.id}」只能用字母、数字、_ 或 -`, `id "${c.id}" may hold only letters, digits, _ or -`);
    const from = c.from ? toDay(c.from) ?? bad(r.row, 'from', `「${c.from}」不是日期，应写成 2026-07-01`, `"${c.from}" is not a date such as 2026-07-01`) : undefined;
    const until = c.until ? toDay(c.until) ?? bad(r.row, 'until', `「${c.until}」不是日期，应写成 2026-07-01`, `"${c.until}" is not a date such as 2026-07-01`) : undefined;
    if (from && until && from > until) bad(r.row, 'until', `离岗日期 ${until} 早于到岗日期 ${from}`, `until ${until} is before from ${from}`);
    const roles = roleOf(r);
    const supervises = split(c.supervises);
    if (supervises.length > 0 && !roles.includes('班子成员') && !roles.includes('党组书记')) {
      bad(r.row, 'supervises', `只有班子成员（或党组书记）分管部门；请在「角色」写上 班子成员`, 'only a leader (班子成员) or the secretary supervises departments; add 班子成员 to 角色');
    }
    for (const name of supervises) {
      if (!deptIds.has(name) && !known.departments.has(name)) {
        bad(r.row, 'supervises', `「${name}」不是任何人「部门」一栏里的科室；检查是否写错`, `"${name}" is not a department anyone belongs to (column 部门); check the spelling`);
      }
    }
    if (roles.includes('科室负责人') && !c.department) bad(r.row, 'department', '科室负责人要写明所在部门', 'a department head needs a 部门 (department)');
    const old =
      (c.openId && known.byOpenId.get(c.openId)) || (mobile && known.byMobile.get(mobile.replace(/^\+86/, ''))) || (c.email && known.byEmail.get(c.email.toLowerCase())) || known.byName.get(c.name);
    const id = c.id || (old ? old : '');
    if (id) {
      if (seenIds.has(id)) bad(r.row, 'id', `编号「${id}」与第 ${seenIds.get(id)} 行重复`, `id "${id}" repeats row ${seenIds.get(id)}`);
      seenIds.set(id, r.row);
      ids.reserve(id);
    }
    return {
      id,
      row: r.row,
      name: c.name,
      title: c.title,
      roles: [
        ...(roles.includes('党组书记') ? (['secretary'] as HeldRole[]) : []),
        ...(roles.includes('班子成员') ? (['leader'] as HeldRole[]) : []),
        ...(roles.includes('纪检') ? (['inspector'] as HeldRole[]) : []),
      ],
      ...(c.department ? { department: deptIds.get(c.department)! } : {}),
      ...(c.openId ? { openId: c.openId } : {}),
      ...(mobile ? { mobile } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(id && known.genders?.get(id) ? { gender: known.genders.get(id)! } : {}),
      ...(from ? { from } : {}),
      ...(until ? { until } : {}),
      supervises,
      heads: roles.includes('科室负责人'),
    };
  });
  for (const p of people) if (!p.id) p.id = ids.make(p.name, `p${p.row}`);

  const secretaries = people.filter((p) => p.roles.includes('secretary') && !p.until);
  if (secretaries.length > 1) bad(secretaries[1]!.row, 'roles', `党组书记只能有一位（第 ${secretaries[0]!.row} 行已是）`, `only one 党组书记 (secretary); row ${secretaries[0]!.row} already is`);

  const departments: DraftDepartment[] = deptNames.map((name) => {
    const id = deptIds.get(name)!;
    const heads = people.filter((p) => p.heads && p.department === id && !p.until);
    if (heads.length > 1) bad(heads[1]!.row, 'roles', `「${name}」已有科室负责人（第 ${heads[0]!.row} 行）；一个科室一位负责人`, `${name} already has a head (row ${heads[0]!.row}); one head per department`);
    const sups = people.filter((p) => p.supervises.includes(name) && !p.until);
    if (sups.length > 1) bad(sups[1]!.row, 'supervises', `「${name}」已由第 ${sups[0]!.row} 行分管；一个科室一位分管领导`, `${name} is already supervised by row ${sups[0]!.row}; one 分管领导 per department`);
    return {
      id,
      name,
      aliases: [],
      head: heads[0]?.id ?? blank(`${name}负责人的 id（表中没有标「科室负责人」的人）`),
      supervisor: sups[0]?.id ?? blank(`${name}的分管领导 id（表中没有人分管）`),
    };
  });
  const notes = wb.getWorksheet(NOTES_SHEET);
  const unit = notes ? cellText(notes.getCell(NAME_CELL).value) : '';
  return {
    header: [`清风组织配置：由 npm run org -- import-xlsx ${shown}${today ? ` 于 ${today}` : ''} 生成（${people.length} 人、${departments.length} 个科室）。`],
    name: unit || blank('单位全称（表格「说明」页 B2 没有填写）'),
    ...(secretaries.length === 0 ? { secretary: blank('党组书记的 id（表中没有标「党组书记」的人）') } : {}),
    people: people.map(({ row: _row, supervises: _s, heads: _h, ...p }) => ({
      ...p,
      ...(!p.openId && !p.mobile && !p.email ? { mobile: blank('手机号或邮箱（表中三项都空）') } : {}),
    })),
    departments,
  };
}
