// The export command line, parsed and checked: which export, which period, which file; every mistake in Chinese and English.
import { parseArgs } from 'node:util';
import type { Cadence } from '../domain/duty.js';
import { currentPeriod, customPeriod, periodOf, type Period } from '../domain/period.js';

export type ExportKind = 'ledger' | 'year-end' | 'duty-report' | 'records';

export interface ExportOptions {
  kind: ExportKind;
  period: Period;
  /** A file path, or '-' for the year-end draft (or the records) as text on stdout. */
  out: string;
  /** jsonl: every record, withdrawn ones included, one JSON object a line (kind 'records'; the period is not used). */
  format: 'xlsx' | 'docx' | 'txt' | 'jsonl';
  /** For duty-report: a person's id or name in organization.yaml. */
  person?: string;
  dataDir: string;
  configDir: string;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help?: false; options: ExportOptions } | { ok: false; error: string };

export const EXPORT_USAGE = `用法 usage: npm run export -- [选项 options]

  --kind ledger|year-end|duty-report   导出什么 what to export（默认按 --out 的扩展名 default from --out:
                                       .xlsx → ledger 台账, .docx/.txt → year-end 年度总结）
  --from YYYY-MM-DD --to YYYY-MM-DD    期间 period (inclusive)；默认今年 default: this year
  --year YYYY                          整年 a whole year
  --year-end YYYY                      即 same as --kind year-end --year YYYY
  --person <姓名或id name or id>       duty-report 的对象（述责述廉材料 of this person）
  --out <文件 file>                    .xlsx | .docx | .txt；year-end 可用 - 打印到屏幕 (- prints the draft)
  --format jsonl                       全部活动记录（含已撤销的，带 deletedAt），每行一个 JSON
                                       every record, withdrawn ones included, one JSON object a line
  --data-dir <目录 dir>                默认 default: $DATA_DIR 或 ./data（读取 reads db.json）
  --config-dir <目录 dir>              默认 default: $CONFIG_DIR 或 ./config
  -h, --help

例 examples:
  npm run export -- --from 2026-01-01 --to 2026-12-31 --out ledger.xlsx
  npm run export -- --year-end 2026 --out 2026年度总结.docx
  npm run export -- --kind duty-report --person 张伟 --year 2026 --out 张伟述廉.docx
  npm run export -- --format jsonl --out -         # 备份、查看、迁移 back up, inspect, move the data`;

function fail(zh: string, en: string): ParsedArgs {
  return { ok: false, error: `错误：${zh}\nerror: ${en}\n（运行 npm run export -- --help 查看用法 / see --help）` };
}

/** node:util's parse errors, said in Chinese too. */
function failParse(error: Error & { code?: string }): ParsedArgs {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return fail(`未知参数 ${option}`, `unknown option ${option}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return fail(`参数 ${option} 缺少取值或取值有误`, error.message);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return fail(`多余的参数：${/'([^']*)'/.exec(error.message)?.[1] ?? ''}（选项都以 -- 开头）`, error.message);
    default:
      return fail(`参数有误：${error.message}`, error.message);
  }
}

/** A real calendar day: 2026-02-30 is refused, not rolled over into March. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A range that is exactly a month, quarter, half-year or year gets that period's own name (2026年第三季度). */
function periodFor(from: string, to: string): Period {
  for (const cadence of ['year', 'halfyear', 'quarter', 'month'] as Cadence[]) {
    const p = periodOf(cadence, from);
    if (p.start === from && p.end === to) return p;
  }
  return customPeriod(from, to);
}

function formatOf(out: string): ExportOptions['format'] | undefined {
  if (out === '-') return 'txt';
  const ext = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'docx' || ext === 'txt' ? ext : undefined;
}

const YEAR = /^\d{4}$/;

export function parseExportArgs(argv: readonly string[], env: Record<string, string | undefined>, now: Date): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        kind: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, year: { type: 'string' },
        'year-end': { type: 'string' }, person: { type: 'string' }, out: { type: 'string' },
        'data-dir': { type: 'string' }, 'config-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return failParse(error as Error & { code?: string });
  }
  if (values.help) return { ok: true, help: true };
  const get = (name: string) => values[name] as string | undefined;
  const out = get('out');
  if (!out) return fail('缺少 --out（输出文件）', '--out <file> is required');
  const formatText = get('format');
  if (formatText !== undefined) {
    if (formatText !== 'jsonl') return fail(`不支持的 --format：${formatText}（可选 jsonl）`, `unknown --format ${formatText}: jsonl`);
    const extra = ['kind', 'from', 'to', 'year', 'year-end', 'person'].filter((k) => values[k] !== undefined);
    if (extra.length > 0) {
      return fail(`--format jsonl 导出全部记录，不能与 --${extra[0]} 同用`, `--format jsonl writes every record; drop --${extra[0]}`);
    }
    return {
      ok: true,
      options: {
        kind: 'records',
        period: currentPeriod('year', now),
        out,
        format: 'jsonl',
        dataDir: get('data-dir') ?? (env.DATA_DIR || './data'),
        configDir: get('config-dir') ?? (env.CONFIG_DIR || './config'),
      },
    };
  }
  const format = formatOf(out);
  if (!format) return fail(`不支持的输出文件类型：${out}（应为 .xlsx、.docx、.txt 或 -）`, `unsupported output ${out}: use .xlsx, .docx, .txt or -`);

  const yearEnd = get('year-end');
  const kindText = get('kind') ?? (yearEnd ? 'year-end' : format === 'xlsx' ? 'ledger' : 'year-end');
  if (yearEnd && get('kind') && get('kind') !== 'year-end') return fail('--year-end 不能与其他 --kind 同用', '--year-end conflicts with --kind');
  if (kindText !== 'ledger' && kindText !== 'year-end' && kindText !== 'duty-report') {
    return fail(`未知的 --kind：${kindText}（可选 ledger、year-end、duty-report）`, `unknown --kind ${kindText}: ledger, year-end or duty-report`);
  }
  const kind: ExportKind = kindText;
  if (kind === 'ledger' && format !== 'xlsx') return fail('台账（ledger）只能导出为 .xlsx', 'the ledger is written as .xlsx only');
  if (kind !== 'ledger' && format === 'xlsx') return fail('年度总结和述廉材料导出为 .docx 或 .txt', 'year-end and duty-report are written as .docx or .txt');
  const person = get('person');
  if (kind === 'duty-report' && !person) return fail('duty-report 需要 --person（姓名或 id）', 'duty-report needs --person <name or id>');
  if (kind !== 'duty-report' && person) return fail('--person 只用于 --kind duty-report', '--person only goes with --kind duty-report');

  const from = get('from');
  const to = get('to');
  const year = yearEnd ?? get('year');
  if (yearEnd && get('year')) return fail('--year-end 已包含年份，不要再给 --year', '--year-end already names the year; drop --year');
  if (year !== undefined && (from || to)) return fail('--year 与 --from/--to 只能选一种', 'use either --year or --from/--to, not both');
  if ((from === undefined) !== (to === undefined)) return fail('--from 和 --to 需同时给出', '--from and --to go together');
  let period: Period;
  if (year !== undefined) {
    if (!YEAR.test(year)) return fail(`年份应为四位数字：${year}`, `invalid year ${year}: expected YYYY`);
    period = periodOf('year', `${year}-01-01`);
  } else if (from !== undefined && to !== undefined) {
    for (const d of [from, to]) if (!isCalendarDate(d)) return fail(`日期无效：${d}（应为 YYYY-MM-DD）`, `invalid date ${d}: expected YYYY-MM-DD`);
    if (from > to) return fail(`开始日期 ${from} 晚于结束日期 ${to}`, `--from ${from} is after --to ${to}`);
    period = periodFor(from, to);
  } else {
    period = currentPeriod('year', now);
  }
  return {
    ok: true,
    options: {
      kind,
      period,
      out,
      format,
      ...(person ? { person } : {}),
      dataDir: get('data-dir') ?? (env.DATA_DIR || './data'),
      configDir: get('config-dir') ?? (env.CONFIG_DIR || './config'),
    },
  };
}
