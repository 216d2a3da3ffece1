// The export command line parsed in-process: every refusal in Chinese and English, defaults, and periods named by their own names.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseExportArgs, type ParsedArgs } from '../../src/ledger/exportArgs.js';

const NOW = new Date('2026-11-22T10:00:00+08:00');
const parse = (args: string[], env: Record<string, string | undefined> = {}) => parseExportArgs(args, env, NOW);

function options(parsed: ParsedArgs) {
  if (!parsed.ok || parsed.help) throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

describe('parseExportArgs', () => {
  it('the ledger for a range; a range that is a quarter is called one', () => {
    expect(options(parse(['--from', '2026-01-01', '--to', '2026-12-31', '--out', 'ledger.xlsx']))).toMatchObject({
      kind: 'ledger', format: 'xlsx', period: { start: '2026-01-01', end: '2026-12-31', label: '2026年' }, dataDir: './data', configDir: './config',
    });
    expect(options(parse(['--from', '2026-07-01', '--to', '2026-09-30', '--out', 'q.xlsx'])).period.label).toBe('2026年第三季度');
    expect(options(parse(['--from', '2026-03-05', '--to', '2026-04-20', '--out', 'q.xlsx'])).period.label).toBe('2026-03-05 至 2026-04-20');
  });

  it('the year-end draft by --year-end, or by the extension; this year by default; DATA_DIR and CONFIG_DIR as the bot reads them', () => {
    expect(options(parse(['--year-end', '2025', '--out', '2025年度总结.docx']))).toMatchObject({ kind: 'year-end', format: 'docx', period: { label: '2025年' } });
    expect(options(parse(['--out', 'draft.docx'], { DATA_DIR: '/srv/qf/data', CONFIG_DIR: '/srv/qf/config' }))).toMatchObject({
      kind: 'year-end', period: { label: '2026年' }, dataDir: '/srv/qf/data', configDir: '/srv/qf/config',
    });
    expect(options(parse(['--kind', 'duty-report', '--person', '张伟', '--out', '-']))).toMatchObject({ kind: 'duty-report', person: '张伟', format: 'txt' });
    expect(parse(['-h'])).toEqual({ ok: true, help: true });
  });

  it.each([
    [['--from', '2026-02-30', '--to', '2026-03-31', '--out', 'x.xlsx'], '日期无效：2026-02-30', 'invalid date 2026-02-30'],
    [['--from', '2026/01/01', '--to', '2026-03-31', '--out', 'x.xlsx'], '日期无效：2026/01/01', 'expected YYYY-MM-DD'],
    [['--from', '2026-12-31', '--to', '2026-01-01', '--out', 'x.xlsx'], '晚于结束日期', 'is after --to'],
    [['--from', '2026-01-01', '--out', 'x.xlsx'], '--from 和 --to 需同时给出', 'go together'],
    [['--year', '2026', '--from', '2026-01-01', '--to', '2026-02-01', '--out', 'x.xlsx'], '只能选一种', 'not both'],
    [['--year', '26', '--out', 'x.xlsx'], '年份应为四位数字', 'invalid year 26'],
    [['--bogus', '--out', 'x.xlsx'], '未知参数 --bogus', 'unknown option --bogus'],
    [['--out'], '参数 --out 缺少取值', 'argument missing'],
    [['ledger.xlsx'], '多余的参数：ledger.xlsx', 'positional'],
    [['--from', '2026-01-01', '--to', '2026-12-31'], '缺少 --out', '--out <file> is required'],
    [['--out', 'x.pdf'], '不支持的输出文件类型', 'unsupported output'],
    [['--kind', 'ledger', '--out', 'x.docx'], '只能导出为 .xlsx', 'as .xlsx only'],
    [['--kind', 'year-end', '--out', 'x.xlsx'], '.docx 或 .txt', 'as .docx or .txt'],
    [['--kind', 'minutes', '--out', 'x.docx'], '未知的 --kind', 'unknown --kind minutes'],
    [['--kind', 'duty-report', '--out', 'x.docx'], '需要 --person', 'needs --person'],
    [['--person', '张伟', '--out', 'x.docx'], '--person 只用于', 'only goes with'],
    [['--year-end', '2026', '--year', '2025', '--out', 'x.docx'], '不要再给 --year', 'drop --year'],
  ])('refuses %j', (args, zh, en) => {
    const parsed = parse(args);
    expect(parsed.ok).toBe(false);
    const error = (parsed as { error: string }).error;
    expect(error).toContain(zh);
    expect(error).toContain(en);
  });

  it('knows a calendar day', () => {
    expect(['2026-02-28', '2028-02-29', '2026-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '2026-04-31', '2026-00-10', '26-01-01', ''].some(isCalendarDate)).toBe(false);
  });
});
