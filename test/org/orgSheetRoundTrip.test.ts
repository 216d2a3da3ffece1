// import-xlsx / export-xlsx on real .xlsx files written by exceljs: the template round-trips unchanged; bad rows are named by row and column.
import ExcelJS from 'exceljs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runOrg, TEMPLATE_ROWS } from '../../src/cli/org.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { COLUMNS } from '../../src/org/orgSheetColumns.js';
import { buildOrgWorkbook, sheetRows } from '../../src/org/writeOrgSheet.js';

let dir: string;
let lines: string[];
const NOW = new Date('2026-11-30T08:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-org-'));
  await cp('config/duties.yaml', join(dir, 'duties.yaml'));
  await cp('config/reminders.yaml', join(dir, 'reminders.yaml'));
  lines = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function org(...argv: string[]): Promise<number> {
  return runOrg(argv, { env: { CONFIG_DIR: dir, DATA_DIR: join(dir, 'data') }, now: NOW, out: (l) => lines.push(l) });
}

async function cells(file: string, sheet = '名单'): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    out.push(COLUMNS.map((_, i) => String(row.getCell(i + 1).value ?? '')));
  });
  return out;
}

/** A sheet of the template's shape with `rows` under the header, written by exceljs. */
async function sheet(rows: string[][], unit = '某市残疾人联合会'): Promise<string> {
  const file = join(dir, '名单.xlsx');
  await buildOrgWorkbook(unit, rows).xlsx.writeFile(file);
  return file;
}

describe('the template round trip', () => {
  it('the shipped template is what `org template` writes', async () => {
    expect(await org('template', '--out', join(dir, 't.xlsx'))).toBe(0);
    expect(await cells(join(dir, 't.xlsx'))).toEqual(await cells('config/名单模板.xlsx'));
    expect((await cells('config/名单模板.xlsx')).slice(1)).toEqual(TEMPLATE_ROWS);
  });

  it('import-xlsx of the template, then export-xlsx, gives the same sheet and unit name', async () => {
    expect(await org('import-xlsx', 'config/名单模板.xlsx')).toBe(0);
    expect(lines.join('\n')).toContain('检查通过');
    const config = loadConfig(dir);
    expect(config.directory.secretary()?.name).toBe('张伟');
    expect(config.directory.supervisedBy('wangjianguo').map((d) => d.name)).toEqual(['办公室', '财务科']);
    expect(await org('export-xlsx', '--out', join(dir, 'back.xlsx'))).toBe(0);
    expect(await cells(join(dir, 'back.xlsx'))).toEqual(await cells('config/名单模板.xlsx'));
    expect(await cells(join(dir, 'back.xlsx'), '说明')).toEqual(await cells('config/名单模板.xlsx', '说明'));
  });

  it('the demo organisation exported and imported again loads to the same people, departments, heads and 分管', async () => {
    const demo = loadConfig('config').directory.source;
    const file = await sheet(sheetRows(demo), demo.name);
    expect(await org('import-xlsx', file)).toBe(0);
    const back = loadConfig(dir).directory;
    // Department ids are new (the sheet has none: pinyin of the name); everything else is the same.
    const deptName = (d: typeof back, id?: string) => (id ? d.department(id)?.name : undefined);
    const demoDirectory = loadConfig('config').directory;
    expect(back.org.people.map((p) => [p.id, p.name, p.title, deptName(back, p.departmentId), p.openId, [...p.roles].sort()])).toEqual(
      demo.people.map((p) => [p.id, p.name, p.title, deptName(demoDirectory, p.departmentId), p.openId, [...p.roles].sort()]),
    );
    expect(back.org.departments.map((d) => d.id)).toContain('bangongshi');
    const demoDir = loadConfig('config').directory;
    for (const d of demo.departments) {
      const byName = back.org.departments.find((x) => x.name === d.name)!;
      expect([byName.headId, byName.supervisorId]).toEqual([demoDir.department(d.id)!.headId, demoDir.department(d.id)!.supervisorId]);
    }
  });
});

describe('import-xlsx leaves blanks where the sheet is silent', () => {
  it('no 党组书记, a department nobody heads or supervises, a person with no way to reach them', async () => {
    const file = await sheet([
      ['', '王建国', '副理事长', '', '班子成员', '办公室', '13800000002', '', '', '', ''],
      ['', '李明', '办公室主任', '办公室', '科室负责人', '', '13800000004', '', '', '', ''],
      ['', '孙丽', '财务科科长', '财务科', '', '', '', '', '', '', ''],
    ]);
    expect(await org('import-xlsx', file)).toBe(0);
    const out = lines.join('\n');
    expect(out).toMatch(/还有 4 处「待填写」/);
    expect(out).toContain('secretary：党组书记的 id');
    expect(out).toMatch(/people\[2\]\.mobile：手机号或邮箱/);
    expect(out).toMatch(/departments\[1\]\.head：财务科负责人的 id/);
    expect(out).toMatch(/departments\[1\]\.supervisor：财务科的分管领导 id/);
    // Ids from the names in pinyin.
    const yaml = await readFile(join(dir, 'organization.yaml'), 'utf8');
    expect(yaml).toContain('id: wangjianguo');
    expect(yaml).toContain('id: bangongshi');
    // And the bot will not start on it, naming each blank.
    expect(() => loadConfig(dir)).toThrow(/4 处「待填写」[\s\S]*第 \d+ 行[\s\S]*secretary[\s\S]*people\[2\]\.mobile/);
    expect(await org('check')).toBe(1);
  });
});

describe('bad rows are named by file, row and column, in Chinese and English', () => {
  const cases: [string, string[][], RegExp][] = [
    ['an unknown role', [['', '张伟', '', '', '党组书计', '', '13800000001', '', '', '', '']], /第 2 行 E 列「角色」：不认识的角色「党组书计」[\s\S]*row 2, column E \(roles\)/],
    ['two secretaries', [['', '张伟', '', '', '党组书记', '', '13800000001', '', '', '', ''], ['', '刘芳', '', '', '党组书记', '', '13800000002', '', '', '', '']], /第 3 行 E 列「角色」：党组书记只能有一位（第 2 行已是）/],
    ['a mobile that is not one', [['', '张伟', '', '', '党组书记', '', '1380000abc', '', '', '', '']], /第 2 行 G 列「手机号」[\s\S]*row 2, column G \(mobile\)/],
    ['an e-mail that is not one', [['', '张伟', '', '', '党组书记', '', '', 'zhangwei.example', '', '', '']], /第 2 行 H 列「邮箱」/],
    ['a bad open_id', [['', '张伟', '', '', '党组书记', '', '', '', 'u_123', '', '']], /第 2 行 I 列「飞书open_id」/],
    ['an impossible date', [['', '张伟', '', '', '党组书记', '', '13800000001', '', '', '2026-02-30', '']], /第 2 行 J 列「到岗日期」：「2026-02-30」不是日期/],
    ['until before from', [['', '张伟', '', '', '党组书记', '', '13800000001', '', '', '2026-07-01', '2026-06-30']], /第 2 行 K 列「离岗日期」/],
    ['a member who supervises', [['', '张伟', '', '', '党组书记', '', '13800000001', '', '', '', ''], ['', '李明', '', '办公室', '', '办公室', '13800000004', '', '', '', '']], /第 3 行 F 列「分管部门」：只有班子成员/],
    ['a supervised department nobody is in', [['', '王建国', '', '', '班子成员', '财物科', '13800000002', '', '', '', '']], /第 2 行 F 列「分管部门」：「财物科」不是任何人/],
    ['two heads of one department', [['', '李明', '', '办公室', '科室负责人', '', '13800000004', '', '', '', ''], ['', '王芳', '', '办公室', '科室负责人', '', '13800000008', '', '', '', '']], /第 3 行 E 列「角色」：「办公室」已有科室负责人（第 2 行）/],
    ['a head without department', [['', '李明', '', '', '科室负责人', '', '13800000004', '', '', '', '']], /第 2 行 D 列「部门」/],
    ['a repeated id', [['zw', '张伟', '', '', '党组书记', '', '13800000001', '', '', '', ''], ['zw', '刘芳', '', '', '', '', '13800000002', '', '', '', '']], /第 3 行 A 列「编号」：编号「zw」与第 2 行重复/],
    ['a row without a name', [['', '', '主任', '办公室', '', '', '13800000004', '', '', '', '']], /第 2 行 B 列「姓名」：姓名不能为空/],
  ];
  for (const [name, rows, message] of cases) {
    it(name, async () => {
      const file = await sheet(rows);
      expect(await org('import-xlsx', file)).toBe(1);
      expect(lines.join('\n')).toMatch(/名单\.xlsx 工作表「名单」/);
      expect(lines.join('\n')).toMatch(message);
      expect(lines.join('\n')).toContain('[ORG_SHEET]');
      expect(await readdir(dir)).not.toContain('organization.yaml');
    });
  }

  it('a file that is not a workbook', async () => {
    await writeFile(join(dir, 'x.xlsx'), 'not a zip');
    expect(await org('import-xlsx', join(dir, 'x.xlsx'))).toBe(1);
    expect(lines.join('\n')).toMatch(/不是有效的 \.xlsx[\s\S]*cannot read/);
  });

  it('a sheet without the 姓名 header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['名字', '部门']);
    await wb.xlsx.writeFile(join(dir, 'h.xlsx'));
    expect(await org('import-xlsx', join(dir, 'h.xlsx'))).toBe(1);
    expect(lines.join('\n')).toMatch(/第 1 行：找不到表头「姓名」[\s\S]*row 1: no 姓名/);
  });
});

describe('nothing is written over organization.yaml without --force', () => {
  it('refuses, then with --force keeps the old file as a backup and keeps existing ids', async () => {
    await cp('config/organization.yaml', join(dir, 'organization.yaml'));
    const before = await readFile(join(dir, 'organization.yaml'), 'utf8');
    // The same people, without the 编号 column filled: their ids must come from the existing file.
    const demo = loadConfig('config').directory.source;
    const rows = sheetRows(demo).map((r) => ['', ...r.slice(1)]);
    const file = await sheet(rows, demo.name);
    expect(await org('import-xlsx', file)).toBe(1);
    expect(lines.join('\n')).toMatch(/已存在，未覆盖[\s\S]*--force[\s\S]*\[ORG_EXISTS\]/);
    expect(await readFile(join(dir, 'organization.yaml'), 'utf8')).toBe(before);

    expect(await org('import-xlsx', file, '--force')).toBe(0);
    const backups = (await readdir(dir)).filter((f) => f.startsWith('organization.yaml.bak-'));
    expect(backups).toEqual(['organization.yaml.bak-20261130-080000']);
    expect(await readFile(join(dir, backups[0]!), 'utf8')).toBe(before);
    const ids = loadConfig(dir).directory.source.people.map((p) => p.id);
    expect(ids).toEqual(demo.people.map((p) => p.id));
    const depts = loadConfig(dir).directory.source.departments.map((d) => d.id);
    expect(depts).toEqual(demo.departments.map((d) => d.id));
  });
});

describe('what the sheet has no column for', () => {
  it('a configured gender is kept through import-xlsx --force (the sheet has no 性别 column)', async () => {
    const yaml = (await readFile('config/organization.yaml', 'utf8')).replace('{ id: sunli,', '{ gender: 女, id: sunli,').replace('{ id: wangqiang,', '{ gender: 男, id: wangqiang,');
    await writeFile(join(dir, 'organization.yaml'), yaml);
    const demo = loadConfig(dir).directory.source;
    const file = await sheet(sheetRows(demo), demo.name);
    expect(await org('import-xlsx', file, '--force')).toBe(0);
    const people = loadConfig(dir).directory.source.people;
    expect(people.filter((p) => p.gender).map((p) => [p.id, p.gender])).toEqual([['sunli', '女'], ['wangqiang', '男']]);
  });
});

describe('usage', () => {
  it('unknown command and option, a missing file', async () => {
    expect(await org('import-csv')).toBe(2);
    expect(await org('check', '--fast')).toBe(2);
    expect(lines.join('\n')).toMatch(/不认识的选项 --fast[\s\S]*unknown option/);
    expect(await org('import-xlsx', join(dir, 'nope.xlsx'))).toBe(2);
    expect(lines.join('\n')).toMatch(/找不到文件/);
    expect(await org('import-feishu')).toBe(2);
    expect(lines.join('\n')).toMatch(/FEISHU_APP_ID[\s\S]*--demo/);
  });
});

describe('check', () => {
  it('counts people found earlier (the id cache in DATA_DIR) as reachable, and names the others', async () => {
    expect(await org('import-xlsx', 'config/名单模板.xlsx')).toBe(0);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data', 'feishu-ids.json'), JSON.stringify({ 'mobile:13800000001': 'ou_zhangwei', 'email:liufang@example.gov.cn': 'ou_liufang' }));
    lines = [];
    expect(await org('check')).toBe(0);
    const out = lines.join('\n');
    const line = out.split('\n').find((l) => l.includes('尚无飞书身份'))!;
    expect(line).toContain('王建国（13800000002）');
    expect(line).not.toContain('张伟');
    expect(line).not.toContain('刘芳');
    expect(out).toContain('已离开（记录和姓名保留）：李娟（2026-06-30 离开）');
  });

  it('names a duty nobody owes', async () => {
    expect(await org('import-xlsx', 'config/名单模板.xlsx')).toBe(0);
    const yaml = await readFile(join(dir, 'organization.yaml'), 'utf8');
    await writeFile(join(dir, 'organization.yaml'), yaml.replace('roles: [inspector], ', ''));
    lines = [];
    expect(await org('check')).toBe(0);
    expect(lines.join('\n')).toMatch(/没有人承担的职责：工作作风纪律检查/);
    expect(lines.join('\n')).toContain('纪检：（未设）');
  });

  it('names two people of one name (a newcomer’s two 李明 passed silently)', async () => {
    expect(await org('import-xlsx', 'config/名单模板.xlsx')).toBe(0);
    const yaml = await readFile(join(dir, 'organization.yaml'), 'utf8');
    await writeFile(join(dir, 'organization.yaml'), yaml.replace(/name: 孙丽/, 'name: 李明'));
    lines = [];
    expect(await org('check')).toBe(0);
    expect(lines.join('\n')).toMatch(/同名 2 人：李明（liming，办公室主任；sunli，财务科科长）/);
  });
});

describe('sheets as officers really keep them', () => {
  it('reordered and extra columns, numbers for mobiles, real dates, hyperlinked e-mails, rich text, blank rows, spaces', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '姓名', '部门', '职务', '角色', '分管部门', '手机号', '邮箱', '到岗日期', '备注']);
    ws.addRow([1, '张伟', '', '党组书记', '书记', '', 13800000001, '', null, '']);
    ws.addRow([2, { richText: [{ text: '王' }, { text: '建国' }] }, '', '副理事长', '党组成员', '办公室，财务科', '138-0000-0002', '', null, '']);
    ws.addRow([]);
    ws.addRow([3, ' 李明 ', '办公室', '主任', '负责人', '', '', { text: 'liming@example.gov.cn', hyperlink: 'mailto:liming@example.gov.cn' }, new Date(Date.UTC(2026, 2, 1)), '新调入']);
    ws.addRow([4, '孙丽', '财务科', '科长', '科室负责人', '', '+8613800000005', '', '2026/7/1', '']);
    ws.addRow([5, '黄志刚', '办公室', '机关纪委书记', '纪检', '', '13800000007', '', '', '']);
    ws.addRow([6, '王芳', '办公室', '科员', '科员', '', '13800000008', '', '', '']);
    await wb.xlsx.writeFile(join(dir, 'real.xlsx'));
    expect(await org('import-xlsx', join(dir, 'real.xlsx'))).toBe(0);
    // No 说明 sheet: the unit's name is the one blank left.
    expect(lines.join('\n')).toMatch(/还有 1 处「待填写」[\s\S]*name：单位全称/);
    const yaml = await readFile(join(dir, 'organization.yaml'), 'utf8');
    await writeFile(join(dir, 'organization.yaml'), yaml.replace(/^name: 待填写.*$/m, 'name: 某单位'));
    const d = loadConfig(dir).directory;
    expect(d.secretary()?.name).toBe('张伟');
    expect(d.person('zhangwei')?.mobile).toBe('13800000001');
    expect(d.person('wangjianguo')?.mobile).toBe('13800000002');
    expect(d.supervisedBy('wangjianguo').map((x) => x.name)).toEqual(['办公室', '财务科']);
    expect(d.person('liming')).toMatchObject({ name: '李明', email: 'liming@example.gov.cn', tenure: { from: '2026-03-01' } });
    expect(d.person('sunli')).toMatchObject({ mobile: '+8613800000005', tenure: { from: '2026-07-01' } });
    expect(d.withRole('inspector').map((p) => p.name)).toEqual(['黄志刚']);
    expect(d.department('bangongshi')?.headId).toBe('liming');
  });
});
