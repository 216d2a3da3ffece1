// `npm run export` as an operator runs it: a child process on a temp data dir, files opened and checked, bad arguments refused.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirWith, docxParagraphs, readWorkbook, records, sheet } from '../ledger/exportTestKit.js';
import { demoActivities } from '../ledger/demoLedger.js';
import { exportCli } from '../support/exportCli.js';

// Every case that runs the CLI starts Node with tsx; give a busy machine room. The timeout is each test's own
// argument (SPAWNS): a file-top vi.setConfig does not reach tests under isolate: false (compactionCrash.test.ts).
const SPAWNS = 90_000;

let dir: string;
const live = demoActivities().filter((a) => !a.deletedAt && a.date.startsWith('2026'));

beforeAll(async () => {
  dir = await dataDirWith(demoActivities());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run export', () => {
  it('writes the ledger workbook for a date range, reading DATA_DIR', async () => {
    const out = join(dir, 'ledger.xlsx');
    const run = await exportCli(['--from', '2026-01-01', '--to', '2026-12-31', '--out', out], { DATA_DIR: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('活动记录 52 条');
    const wb = await readWorkbook(await readFile(out));
    expect(records(sheet(wb, '活动台账')).map((r) => r['编号']).sort()).toEqual(live.map((a) => a.id).sort());
    expect(records(sheet(wb, '汇总')).length).toBeGreaterThan(0);
    // 0600 like DATA_DIR: the 台账 names who talked with whom (a newcomer found it 0644).
    expect((await stat(out)).mode & 0o777).toBe(0o600);
  }, SPAWNS);

  it('names a quarter given as dates by its own name, and keeps only its records', async () => {
    const out = join(dir, 'q3.xlsx');
    const run = await exportCli(['--from', '2026-07-01', '--to', '2026-09-30', '--out', out, '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('2026年第三季度');
    const rows = records(sheet(await readWorkbook(await readFile(out)), '活动台账'));
    expect(rows).toHaveLength(live.filter((a) => a.date >= '2026-07-01' && a.date <= '2026-09-30').length);
  }, SPAWNS);

  it('writes the year-end draft as .docx with --year-end, and as text on stdout with --out -', async () => {
    const out = join(dir, '2026年度总结.docx');
    const [docx, text] = await Promise.all([
      exportCli(['--year-end', '2026', '--out', out, '--data-dir', dir]),
      exportCli(['--year-end', '2026', '--out', '-', '--data-dir', dir]),
    ]);
    expect(docx.code).toBe(0);
    const paragraphs = await docxParagraphs(await readFile(out));
    expect(paragraphs[0]).toBe('某市残疾人联合会2026年党风廉政建设工作总结（草稿）');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('领导班子专题研究部署党风廉政建设和反腐败工作3次〔1〕');
    expect(paragraphs.join('\n')).toContain('领导班子专题研究部署党风廉政建设和反腐败工作3次〔1〕');
  }, SPAWNS);

  it('writes one person’s 述责述廉 material by name', async () => {
    const run = await exportCli(['--kind', 'duty-report', '--person', '王建国', '--year', '2026', '--out', '-', '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('王建国2026年述责述廉材料（草稿）');
    expect(run.stdout).toContain('接受廉政谈话2次');
  }, SPAWNS);

  it('--help explains itself and succeeds', async () => {
    const run = await exportCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--from YYYY-MM-DD --to YYYY-MM-DD');
  }, SPAWNS);

  it('refuses a bad date, a reversed range and an unknown flag in Chinese and English with exit code 2', async () => {
    // The full table of refusals is in exportArgs.test.ts; these prove the process exits non-zero and says why.
    const cases: [string[], string, string][] = [
      [['--from', '2026-02-30', '--to', '2026-03-31', '--out', 'x.xlsx'], '日期无效：2026-02-30', 'invalid date 2026-02-30'],
      [['--from', '2026-12-31', '--to', '2026-01-01', '--out', 'x.xlsx'], '晚于结束日期', 'is after --to'],
      [['--bogus', '--out', 'x.xlsx'], '未知参数 --bogus', 'unknown option --bogus'],
    ];
    for (const [args, zh, en] of cases) {
      const run = await exportCli(args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toContain(zh);
      expect(run.stderr).toContain(en);
    }
  }, SPAWNS);

  it('refuses a missing data file rather than exporting an empty ledger', async () => {
    const missing = join(dir, 'nowhere');
    const run = await exportCli(['--out', join(dir, 'empty.xlsx'), '--data-dir', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('找不到数据文件');
    expect(run.stderr).toContain('data file not found');
  }, SPAWNS);

  it('refuses an unknown person', async () => {
    const run = await exportCli(['--kind', 'duty-report', '--person', '无名氏', '--out', '-', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('通讯录中没有「无名氏」');
  }, SPAWNS);

  it('says which --out cannot be written and why, in both languages, without a stack trace (a newcomer saw a raw ENOENT)', async () => {
    const cases: [string[], string][] = [
      [['--from', '2026-01-01', '--to', '2026-12-31', '--out', join(dir, 'no-such-folder', 'x.xlsx')], '所在文件夹不存在'],
      [['--format', 'jsonl', '--out', join(dir, 'no-such-folder', 'x.jsonl')], '所在文件夹不存在'],
      [['--year-end', '2026', '--out', join(dir, 'no-such-folder', 'x.docx')], '所在文件夹不存在'],
    ];
    const runs = await Promise.all(cases.map(([args]) => exportCli([...args, '--data-dir', dir])));
    runs.forEach((run, i) => {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot write or read ${join(dir, 'no-such-folder')}`);
      expect(run.stderr).toContain(cases[i]![1]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }, SPAWNS);
});
