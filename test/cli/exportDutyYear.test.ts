// A 2027年度 责任书 signed in December 2026 in every export, files read back as a reader would (exceljs, the docx's
// paragraphs, JSON lines): 2026's 台账 lists it as 计入2027年度 without counting it, 2027's lists and counts it; the
// year-end drafts say it was signed early for 2027; a stored dutyYear no record can be for is refused by its field.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { openStore } from '../../src/store/openStore.js';
import { StoreError } from '../../src/store/storeError.js';
import { SNAPSHOT_FILE } from '../../src/store/ledgerFiles.js';
import { dataDirWith, docxParagraphs, readWorkbook, records, sheet } from '../ledger/exportTestKit.js';
import { demo } from '../ledger/demoLedger.js';
import { exportCli } from '../support/exportCli.js';

// Every case that runs the CLI starts Node with tsx; give a busy machine room. The timeout is each test's own
// argument (SPAWNS): a file-top vi.setConfig does not reach tests under isolate: false (compactionCrash.test.ts).
const SPAWNS = 120_000;

/** 张伟's 2026 责任书 with 王建国 in January, and the 2027年度 one signed on 1 December 2026 (the one under test). */
function ledger(): Activity[] {
  return [
    { ...demo({ type: 'pledge_sign', date: '2026-01-20', actor: 'zhangwei', with: ['wangjianguo'] }), id: 'd001' },
    { ...demo({ type: 'pledge_sign', date: '2026-12-01', actor: 'zhangwei', with: ['wangjianguo'] }), id: 'd002', dutyYear: 2027 },
    { ...demo({ type: 'talk_integrity', date: '2026-11-20', actor: 'zhangwei', with: ['liufang'] }), id: 'd003' },
  ];
}

let dir: string;
beforeAll(async () => {
  dir = await dataDirWith(ledger());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The 台账 for `year` read back: its 活动台账 rows, 张伟's 签订责任书 line in 汇总, and the 说明 sheet as text. */
async function workbookFor(year: string) {
  const out = join(dir, `ledger-${year}.xlsx`);
  const run = await exportCli(['--from', `${year}-01-01`, '--to', `${year}-12-31`, '--out', out, '--data-dir', dir]);
  expect(run.code, run.stderr).toBe(0);
  const wb = await readWorkbook(await readFile(out));
  const pledge = records(sheet(wb, '汇总')).find((r) => String(r['事项']).includes('责任书') && r['责任人'] === '张伟');
  return { rows: records(sheet(wb, '活动台账')), pledge, about: JSON.stringify(records(sheet(wb, '说明'))) };
}

describe('the 台账 workbook', () => {
  it('2026: the December signing is a row marked 计入2027年度, not counted in 2026\'s 汇总', async () => {
    const { rows, pledge, about } = await workbookFor('2026');
    expect(rows.map((r) => [r['日期'] instanceof Date ? (r['日期'] as Date).toISOString().slice(0, 10) : r['日期'], r['类型'], r['计入年度']])).toEqual([
      ['2026-01-20', '签订责任书/承诺书', ''],
      ['2026-11-20', '廉政谈话', ''],
      ['2026-12-01', '签订责任书/承诺书', '2027年度'],
    ]);
    expect(pledge?.['完成']).toBe(1);
    expect(about).toContain('计入年度');
  }, SPAWNS);

  it('2027: the same signing is listed and counted, though dated 2026-12-01', async () => {
    const { rows, pledge } = await workbookFor('2027');
    expect(rows.map((r) => [r['类型'], r['计入年度'], r['编号']])).toEqual([['签订责任书/承诺书', '2027年度', 'd002']]);
    expect(pledge?.['完成']).toBe(1);
  }, SPAWNS);

  it('a workbook without such a record has the column empty and no 计入年度 line in 说明 (near miss)', async () => {
    const other = await dataDirWith([demo({ type: 'pledge_sign', date: '2026-01-20', actor: 'zhangwei', with: ['liufang'] })]);
    try {
      const out = join(other, 'l.xlsx');
      expect((await exportCli(['--from', '2026-01-01', '--to', '2026-12-31', '--out', out, '--data-dir', other])).code).toBe(0);
      const wb = await readWorkbook(await readFile(out));
      expect(records(sheet(wb, '活动台账')).map((r) => r['计入年度'])).toEqual(['']);
      expect(JSON.stringify(records(sheet(wb, '说明')))).not.toContain('计入年度');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  }, SPAWNS);
});

describe('the year-end draft (docx)', () => {
  it('2026: the 2027年度 signing is said as signed early for 2027, and not as a late 2026 one', async () => {
    const out = join(dir, '2026.docx');
    const run = await exportCli(['--year-end', '2026', '--out', out, '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const text = (await docxParagraphs(await readFile(out))).join('\n');
    expect(text).toContain('另于2026年12月1日提前签订2027年度《党风廉政建设责任书》1份，计入2027年度，不计入本年度。');
    expect(text).not.toContain('已过规定的签订期限');
    expect(text).toMatch(/签订《党风廉政建设责任书》1份/);
  }, SPAWNS);

  it('2027: it counts, 年初 holds, and the draft says it was signed in December 2026', async () => {
    const out = join(dir, '2027.docx');
    const run = await exportCli(['--year-end', '2027', '--out', out, '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const text = (await docxParagraphs(await readFile(out))).join('\n');
    expect(text).toMatch(/年初，党组主要负责人[^\n]*签订《党风廉政建设责任书》1份/);
    expect(text).toContain('1份系2026年12月1日提前签订的2027年度责任书，计入2027年度。');
  }, SPAWNS);
});

describe('--format jsonl', () => {
  it('prints dutyYear on the record that has one, and on no other', async () => {
    const run = await exportCli(['--format', 'jsonl', '--out', '-', '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Activity);
    expect(lines.map((a) => [a.id, a.dutyYear])).toEqual([
      ['d001', undefined],
      ['d002', 2027],
      ['d003', undefined],
    ]);
    expect(run.stdout.match(/"dutyYear"/g)).toHaveLength(1);
  }, SPAWNS);
});

describe('stored records are checked', () => {
  it.each([
    [1999, /activities\.1\.dutyYear: 1999 is not the year/],
    [2029, /activities\.1\.dutyYear: 2029 is not the year/],
    [2027.5, /activities\.1\.dutyYear/],
    ['2027', /activities\.1\.dutyYear/],
  ])('a version 2 db.json with dutyYear %s is refused on start (DATA_INVALID, the field named)', async (year, message) => {
    const bad = ledger().map((a) => (a.id === 'd002' ? { ...a, dutyYear: year } : a)) as Activity[];
    const d = await dataDirWith(bad);
    try {
      const opened = openStore(join(d, 'db.json'));
      await expect(opened).rejects.toBeInstanceOf(StoreError);
      await expect(opened).rejects.toMatchObject({ code: 'DATA_INVALID', message });
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it.each([2025, 2026, 2027])('dutyYear %s on a record of 2026-12-01 opens, migrated as it was', async (year) => {
    const d = await dataDirWith(ledger().map((a) => (a.id === 'd002' ? { ...a, dutyYear: year } : a)));
    try {
      const store = await openStore(join(d, 'db.json'));
      expect(store.read((db) => db.activities.find((a) => a.id === 'd002')?.dutyYear)).toBe(year);
      await store.close();
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it('a migrated snapshot edited to dutyYear 1999 is refused when opened again, the field named', async () => {
    const d = await dataDirWith(ledger());
    try {
      await (await openStore(join(d, 'db.json'))).close();
      const snapshot = join(d, SNAPSHOT_FILE);
      const text = await readFile(snapshot, 'utf8');
      expect(text).toContain('"dutyYear":2027');
      await writeFile(snapshot, text.replace('"dutyYear":2027', '"dutyYear":1999'));
      await expect(openStore(join(d, 'db.json'))).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringMatching(/activities\.1\.dutyYear: 1999/) });
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
