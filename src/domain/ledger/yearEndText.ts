// The year's account as one chat message: title, notes, the draft, then the records behind each figure — within Feishu's text limit.
import { meetingBodyName } from '../meetingBody.js';
import type { LedgerRow } from './rows.js';
import type { YearEndAccount, YearEndFigure } from './yearEndTypes.js';

/** Feishu refuses a text message over 150 KB of content JSON; keep a wide margin. */
export const TEXT_BUDGET_BYTES = 100 * 1024;

/** One record as a trace line: 2026-03-05｜专题会议｜张伟｜对象：王建国｜《…》｜23人｜补录｜编号 a1b2c3. */
export function traceLine(row: LedgerRow): string {
  const parts = [row.date, row.typeName, row.reporterName ? `${row.actorName}（${row.reporterName}上报）` : row.actorName];
  if (row.meetingBody !== undefined) parts.push(`${meetingBodyName(row.meetingBody)}召开`);
  if (row.counterpartNames.length > 0) parts.push(`对象：${row.counterpartNames.join('、')}`);
  if (row.companionNames.length > 0) parts.push(`同行：${row.companionNames.join('、')}`);
  if (row.title) parts.push(`《${row.title}》`);
  if (row.attendees !== undefined) parts.push(`${row.attendees}人`);
  if (row.late) parts.push('补录');
  parts.push(`编号 ${row.id}`);
  return parts.join('｜');
}

export function figureHeading(f: YearEndFigure): string {
  return `〔${f.no}〕${f.label}：${f.count}${f.unit}，依据${f.rows.length}条记录${f.note ? `（${f.note}）` : ''}`;
}

function traceBlock(f: YearEndFigure, limit: number): string[] {
  const shown = f.rows.slice(0, limit);
  const lines = [figureHeading(f), ...shown.map((r, i) => `  ${i + 1}. ${traceLine(r)}`)];
  if (f.rows.length > shown.length) lines.push(`  ……另有${f.rows.length - shown.length}条，见 Word 文档`);
  return lines;
}

function render(account: YearEndAccount, limit: number): string {
  const lines = [account.title, '', ...account.notes, '', ...account.paragraphs.map((p) => `　　${p}`)];
  if (account.figures.length > 0) {
    lines.push('', '数字来源（每个数字所依据的台账记录）：');
    for (const f of account.figures) lines.push(...traceBlock(f, limit));
  }
  return lines.join('\n');
}

/** The whole trace when it fits; otherwise fewer records per figure, the Word document keeping them all. */
export function renderYearEndText(account: YearEndAccount, budgetBytes = TEXT_BUDGET_BYTES): string {
  const longest = Math.max(0, ...account.figures.map((f) => f.rows.length));
  for (const limit of [longest, 50, 20, 10, 5, 2, 0]) {
    if (limit > longest) continue;
    const text = render(account, limit);
    if (new TextEncoder().encode(JSON.stringify({ text })).length <= budgetBytes) return text;
  }
  return render(account, 0);
}
