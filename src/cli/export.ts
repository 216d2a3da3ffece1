// `npm run export -- …`: the 台账 workbook or the year's account from the bot's own data file, for operators on the server.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { ConfigError } from '../config/configError.js';
import { loadConfig, type AppConfig } from '../config/loadConfig.js';
import type { Activity } from '../domain/activity.js';
import { buildLedgerExport } from '../domain/ledger/export.js';
import { buildYearEndAccount, type YearEndSubject } from '../domain/ledger/yearEndAccount.js';
import { renderYearEndText } from '../domain/ledger/yearEndText.js';
import { EXPORT_USAGE, parseExportArgs, type ExportOptions } from '../ledger/exportArgs.js';
import { readActivities as readStoredActivities } from '../store/readActivities.js';

/** Thrown for a problem the operator can fix; printed without a stack. */
class ExportFailure extends Error {}

function personId(config: AppConfig, wanted: string): string {
  // Leavers too: their 述廉 material for the time they served is still asked for.
  const people = config.directory.source.people;
  const byId = people.find((p) => p.id === wanted);
  if (byId) return byId.id;
  const named = people.filter((p) => p.name === wanted);
  if (named.length === 1) return named[0]!.id;
  if (named.length > 1) {
    throw new ExportFailure(`「${wanted}」有重名，请用 id：${named.map((p) => p.id).join('、')}\nerror: several people are named ${wanted}; use an id`);
  }
  throw new ExportFailure(`通讯录中没有「${wanted}」\nerror: no person ${wanted} in organization.yaml`);
}

/** Read-only (never migrates or compacts), so it is safe beside a running bot; an export of nothing must not pass for a real one. */
async function readActivities(dataDir: string): Promise<Activity[]> {
  const activities = await readStoredActivities(dataDir);
  if (!activities) {
    const file = join(dataDir, 'db.json');
    throw new ExportFailure(`找不到数据文件 ${file}（请设置 DATA_DIR 或 --data-dir）\nerror: data file not found: ${file} (set DATA_DIR or --data-dir)`);
  }
  return activities;
}

/** One JSON line per record, in slices, waiting for the reader (a pipe into gzip or ssh) when it falls behind. */
async function writeJsonLines(activities: readonly Activity[], to: Writable): Promise<void> {
  for (let i = 0; i < activities.length; i += 1000) {
    const text = activities
      .slice(i, i + 1000)
      .map((a) => `${JSON.stringify(a)}\n`)
      .join('');
    if (!to.write(text)) await once(to, 'drain');
  }
}

async function exportRecords(o: ExportOptions): Promise<string> {
  const activities = await readActivities(o.dataDir);
  if (o.out === '-') {
    // A reader that stops early (| head) is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    await writeJsonLines(activities, process.stdout);
    return `共 ${activities.length} 条记录 records`;
  }
  const file = createWriteStream(o.out, { mode: 0o600 });
  await writeJsonLines(activities, file);
  file.end();
  await once(file, 'finish');
  return `已写入 wrote ${o.out}：${activities.length} 条记录 records`;
}

async function run(o: ExportOptions, now: Date): Promise<string> {
  // Needs no config: the records as stored, for backups and moves.
  if (o.kind === 'records') return exportRecords(o);
  let config: AppConfig;
  try {
    config = loadConfig(o.configDir);
  } catch (error) {
    if (error instanceof ConfigError) throw new ExportFailure(`配置有误 config error: ${error.message}`);
    throw error;
  }
  const activities = await readActivities(o.dataDir);
  const { directory, duties } = config;
  const viewer = { kind: 'operator' as const };
  if (o.kind === 'ledger') {
    const exp = buildLedgerExport({ directory, duties, activities, period: o.period, now, viewer });
    // Loaded only when needed: a mistyped argument should be answered at once, not after exceljs loads.
    const { buildLedgerWorkbook } = await import('../ledger/buildLedgerWorkbook.js');
    // 0600 like DATA_DIR: the 台账 names who talked with whom.
    await writeFile(o.out, await buildLedgerWorkbook(exp), { mode: 0o600 });
    return `已写入 wrote ${o.out}：${exp.period.label}，${exp.scope}，活动记录 ${exp.rows.length} 条 records，完成情况 ${exp.summary.length} 项 lines`;
  }
  const subject: YearEndSubject = o.kind === 'duty-report' ? { kind: 'person', personId: personId(config, o.person!) } : { kind: 'organization' };
  const account = buildYearEndAccount({ directory, duties, activities, period: o.period, now, viewer, subject });
  if (o.out === '-') {
    process.stdout.write(`${renderYearEndText(account, Number.POSITIVE_INFINITY)}\n`);
    return '';
  }
  let bytes: Buffer;
  if (o.format === 'docx') {
    const { buildYearEndDocx } = await import('../ledger/buildYearEndDocx.js');
    bytes = await buildYearEndDocx(account);
  } else {
    bytes = Buffer.from(`${renderYearEndText(account, Number.POSITIVE_INFINITY)}\n`);
  }
  await writeFile(o.out, bytes, { mode: 0o600 });
  return `已写入 wrote ${o.out}：${account.title}，${account.recordCount} 条记录 records，${account.figures.length} 个数字 figures`;
}

/** Why a file could not be written or read, as an operator fixes it; undefined for anything but a file-system error. */
const IO_REASONS: Record<string, string> = {
  ENOENT: '所在文件夹不存在 the folder does not exist',
  EACCES: '没有权限 permission denied',
  EPERM: '没有权限 permission denied',
  EISDIR: '这是一个文件夹，请给出文件名 it is a folder: give a file name',
  ENOTDIR: '路径中有一段不是文件夹 part of the path is not a folder',
  ENOSPC: '磁盘已满 no space left on the disk',
  EROFS: '只读文件系统 read-only file system',
};

function ioFailure(error: unknown): string | undefined {
  const e = error as { code?: unknown; path?: unknown; syscall?: unknown } | null;
  if (typeof e?.code !== 'string' || typeof e.path !== 'string') return undefined;
  const reason = IO_REASONS[e.code] ?? `${e.code}`;
  return `无法写入或读取 cannot write or read ${e.path}：${reason}`;
}

async function main(): Promise<number> {
  const now = new Date();
  const parsed = parseExportArgs(process.argv.slice(2), process.env, now);
  if (!parsed.ok) {
    console.error(parsed.error);
    return 2;
  }
  if (parsed.help) {
    console.log(EXPORT_USAGE);
    return 0;
  }
  try {
    const done = await run(parsed.options, now);
    if (done) console.error(done);
    return 0;
  } catch (error) {
    if (error instanceof ExportFailure) {
      console.error(`错误：${error.message}`);
      return 1;
    }
    const code = (error as { code?: string }).code;
    if (code?.startsWith('DATA_')) {
      console.error(`错误：数据文件无法读取 data file unreadable: ${(error as Error).message}`);
      return 1;
    }
    const io = ioFailure(error);
    if (io) {
      console.error(`错误：${io}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
