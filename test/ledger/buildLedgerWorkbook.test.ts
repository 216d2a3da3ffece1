// The 台账 workbook opened with exceljs and checked against the records: sheets, headers, rows, real dates, 补录, deletions, layout.
import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { computeCompletion } from '../../src/domain/completion/computeCompletion.js';
import { buildLedgerExport } from '../../src/domain/ledger/export.js';
import { periodOf } from '../../src/domain/period.js';
import { buildLedgerWorkbook } from '../../src/ledger/buildLedgerWorkbook.js';
import { displayWidth } from '../../src/ledger/excelCells.js';
import { demoActivities, demoConfig, YEAR_END_NOW } from './demoLedger.js';
import { readWorkbook, records, rowValues, sheet } from './exportTestKit.js';

const { directory, duties } = demoConfig;
const activities = demoActivities();
const year = periodOf('year', '2026-01-01');
/** What the ledger must hold: 2026's records that were not withdrawn. */
const expected = activities.filter((a) => !a.deletedAt && a.date.startsWith('2026'));

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  const exp = buildLedgerExport({ directory, duties, activities, period: year, now: YEAR_END_NOW, viewer: { kind: 'operator' } });
  wb = await readWorkbook(await buildLedgerWorkbook(exp));
});

describe('the 活动台账 sheet', () => {
  it('has the Chinese headers in order', () => {
    expect(rowValues(sheet(wb, '活动台账'), 1)).toEqual([
      '日期', '类型', '责任人/上报人', '对象或参加人员', '题目', '人数', '所属部门', '上报时间', '补录', '计入年度', '证据', '备注', '编号',
    ]);
  });

  it('has one row per record of the period, in date order, and nothing withdrawn or out of period', () => {
    const rows = records(sheet(wb, '活动台账'));
    expect(rows.map((r) => r['编号']).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(rows).toHaveLength(52);
    const dates = rows.map((r) => (r['日期'] as Date).toISOString());
    expect(dates).toEqual([...dates].sort());
    const deleted = activities.find((a) => a.deletedAt)!;
    expect(rows.some((r) => r['编号'] === deleted.id || r['题目'] === deleted.title)).toBe(false);
    expect(rows.some((r) => String(r['题目']).includes('2025'))).toBe(false);
  });

  it('stores days and report times as real Excel dates, the same day whatever the machine zone', () => {
    const ws = sheet(wb, '活动台账');
    const cell = ws.getRow(2).getCell(1);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.type).toBe(4); // ExcelJS.ValueType.Date
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect(ws.getRow(2).getCell(8).numFmt).toBe('yyyy-mm-dd hh:mm');
    for (const r of records(ws)) {
      const source = expected.find((a) => a.id === r['编号'])!;
      expect((r['日期'] as Date).toISOString().slice(0, 10)).toBe(source.date);
    }
  });

  it('marks the late entry 补录 with its real report time', () => {
    const late = records(sheet(wb, '活动台账')).filter((r) => r['补录'] === '补录');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ 类型: '谈心谈话', '责任人/上报人': '陈志强', 对象或参加人员: '冯雪', 所属部门: '维权部' });
    expect((late[0]!['日期'] as Date).toISOString()).toBe('2026-06-25T00:00:00.000Z');
    // 17:30 Shanghai wall-clock, as a date-time cell.
    expect((late[0]!['上报时间'] as Date).toISOString()).toBe('2026-07-03T17:30:00.000Z');
  });

  it('names the actor and whoever reported for them, counterparts, titles, head counts, evidence', () => {
    const rows = records(sheet(wb, '活动台账'));
    expect(rows.find((r) => r['类型'] === '廉政党课')).toMatchObject({
      '责任人/上报人': '张伟/黄志刚',
      题目: '驰而不息正风肃纪 合力打造清廉残联',
      人数: 56,
      证据: '文件：廉政党课讲稿.pdf',
    });
    expect(rows.find((r) => r['题目'] === '贪毁人生')).toMatchObject({ 类型: '警示教育', 人数: 47, 证据: '图片1张', 备注: '机关三楼会议室' });
    expect(rows.filter((r) => r['类型'] === '廉政谈话' && r['责任人/上报人'] === '张伟').map((r) => r['对象或参加人员'])).toEqual([
      '王建国', '刘芳', '陈志强', '赵敏', '王建国', '刘芳', '陈志强',
    ]);
  });

  it('keeps nothing of what was said in a talk: a talk note is never exported', () => {
    const all = records(sheet(wb, '活动台账')).flatMap((r) => Object.values(r).map(String));
    expect(all.some((v) => v.includes('廉政风险'))).toBe(false);
  });

  it('freezes the header row, filters it, and sizes columns for Chinese text', () => {
    const ws = sheet(wb, '活动台账');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:M1');
    const title = ws.getColumn(5);
    expect(title.width).toBeGreaterThanOrEqual(displayWidth('驰而不息正风肃纪 合力打造清廉残联'));
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual('2026-01-16'.length);
    expect(ws.getRow(1).font?.bold).toBe(true);
  });
});

describe('the 汇总 sheet', () => {
  it('has one line per duty and responsible person, as the completion query computes them', () => {
    const ws = sheet(wb, '汇总');
    expect(rowValues(ws, 1)).toEqual(['事项', '责任人', '周期', '要求', '完成', '状态', '尚缺', '其中补录']);
    const report = computeCompletion({ directory, duties, activities, view: year, now: YEAR_END_NOW });
    const rows = records(ws);
    expect(rows).toHaveLength(report.lines.length);
    expect(rows.find((r) => r['事项'] === '书记主持召开专题会议')).toMatchObject({ 责任人: '张伟', 周期: '每年（2026年）', 要求: 2, 完成: 3, 状态: '完成' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:H1');
  });

  it('says who is still owed a talk, and counts the 补录 behind a line', () => {
    const rows = records(sheet(wb, '汇总'));
    const talks = rows.find((r) => r['事项'] === '廉政谈话：书记与每位班子成员')!;
    expect(talks).toMatchObject({ 周期: '每半年（2026年共2期）', 要求: 8, 完成: 7 });
    // Per half-year, the same words as the cards (issue 12 point 1).
    expect(talks['尚缺']).toBe('上半年已完成；下半年尚缺 赵敏');
    const heart = rows.find((r) => r['事项'] === '谈心谈话：班子成员与分管科室' && r['责任人'] === '陈志强')!;
    expect(heart['其中补录']).toBe(1);
  });
});

it('the 说明 sheet states the period, the scope and the counts', () => {
  const text = records(sheet(wb, '说明')).map((r) => Object.values(r).join(' '));
  const all = [rowValues(sheet(wb, '说明'), 1).join(' '), ...text].join('\n');
  expect(all).toContain('2026年（2026-01-01 至 2026-12-31）');
  expect(all).toContain('全单位');
  expect(all).toContain('52 条，其中补录 1 条');
});
