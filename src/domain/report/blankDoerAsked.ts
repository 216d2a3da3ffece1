// 序号⇥谈话人⇥谈话对象⇥谈话时间⏎1⇥⇥王强⇥11月6日 (l22 leftover): a blank 谈话人 cell with no row above to inherit from
// names no one. It was the sender's talk stored at once, or the row was dropped as no report: now it is the sender's
// only where the sender plausibly held it (their own department's member, their 分管 head, the secretary's leader),
// and then on a card; otherwise the bot asks who held it.
import { isTalkType } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import { cellsAlignedOnDay, cellsKeepingBlanks, DITTO_CELL } from './blankCellRow.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** Header words of the column that holds who held the talk, gave the lecture or led. */
const DOER_HEADER = /^(?:谈话人|谈话领导|主讲人|授课人|主持人|签订人|检查人|带队领导)$/;
/** Header words of the column that holds who was talked to or signed with. */
const COUNTERPART_HEADER = /^(?:谈话对象|被谈话人|对象|签订对象)$/;

/** Header words of the day column, where a row folded by the chat (blank cells gone) is lined up again. */
const DAY_HEADER = /^(?:时间|日期|谈话时间|谈话日期|签订时间|检查时间)$/;

/** A header word as blankCellRow's cellsAlignedOnDay reads columns. */
const columnOf = (w: string): string => (DOER_HEADER.test(w) ? 'doer' : DAY_HEADER.test(w) ? 'day' : /^(?:序号|编号)$/.test(w) ? 'skip' : 'other');

/**
 * The names in the counterpart cells of pasted rows whose doer cell is blank with no doer in any row above; `[]` for a
 * row that is blank and names no counterpart, undefined when the text holds no such row. Tabs keep blank cells (the bot
 * keeps them since round 37); a row folded before it is lined up on its day cell (blankCellRow's cellsAlignedOnDay).
 */
export function blankDoerRows(text: string): string[][] | undefined {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim().split(/[\t \u3000]+/).some((w) => DOER_HEADER.test(w)));
  if (at < 0) return undefined;
  const tabbed = lines[at]!.includes('\t');
  const header = lines[at]!.trim().split(tabbed ? /\t/ : /[ \u3000]+/).map((w) => w.trim());
  const doer = header.findIndex((w) => DOER_HEADER.test(w));
  const counterpart = header.findIndex((w) => COUNTERPART_HEADER.test(w));
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '') continue;
    // 11月20日⇥〃⇥孙丽 with no row above (round 52, fwf): a ditto of nothing is a blank cell.
    const cells = tabbed ? cellsKeepingBlanks(line.split('\t').map((c) => (DITTO_CELL.test(c.trim()) ? '' : c)).join('\t'), header.length) : cellsAlignedOnDay(line.trim().split(/[ \u3000]+/), header.map(columnOf));
    // The first row with its doer filled in gives every blank under it a name (blankCellRow's doerFromAbove).
    if (cells === undefined || cells[doer] !== '') break;
    rows.push(counterpart >= 0 && cells[counterpart] ? cells[counterpart]!.split(/[、，,\s]+/).filter((n) => n !== '') : []);
  }
  return rows.length > 0 ? rows : undefined;
}

/**
 * Whether the sender would be the one to hold a talk with `counterpartId`: the sender is the secretary, or the head or 分管
 * leader of the person's department (a head's own talk, their 分管 leader's). False for a name not in the directory. Pure.
 */
export function plausiblyTheirs(senderId: string, counterpartId: string, directory: Directory): boolean {
  const other = directory.person(counterpartId);
  if (other === undefined) return false;
  const dept = directory.department(other.departmentId ?? '') ?? directory.headedBy(counterpartId)[0];
  if (directory.secretary()?.id === senderId) return true;
  if (dept === undefined) return false;
  if (dept.headId === counterpartId) return dept.supervisorId === senderId;
  return dept.headId === senderId || dept.supervisorId === senderId;
}

/** Who could have held a talk with `counterpartId` (directory ids), the likeliest first, the sender last. Pure. */
export function likelyDoers(counterpartId: string, ctx: ParseContext): string[] {
  const other = ctx.directory.person(counterpartId);
  const dept = ctx.directory.department(other?.departmentId ?? '') ?? ctx.directory.headedBy(counterpartId)[0];
  const above = dept === undefined ? [ctx.directory.secretary()?.id] : dept.headId === counterpartId ? [dept.supervisorId, ctx.directory.secretary()?.id] : [dept.headId, dept.supervisorId];
  return [...new Set([...above.filter((id): id is string => id !== undefined && id !== '' && id !== counterpartId), ctx.senderId])];
}

/**
 * `reports` with the records of blank-doer rows (the sender's by default, no doer written) either kept as the sender's
 * on a card, when the sender plausibly held every such talk, or asked whose (missing_actor, the likely doers first).
 */
export function withBlankDoerAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const rows = blankDoerRows(text);
  if (rows === undefined) return reports;
  const names = new Set(rows.flat());
  const unnamed = rows.some((r) => r.length === 0);
  const person = (id: string) => ctx.directory.person(id)?.name ?? '';
  return reports.map((r) => {
    if (r.draft.actorId !== undefined || r.problems.some((p) => p.code === 'missing_actor')) return r;
    const fromBlankRow = r.draft.counterpartIds.length > 0 ? r.draft.counterpartIds.every((id) => names.has(person(id))) : unnamed;
    if (!fromBlankRow) return r;
    const withSomeone = r.draft.type === undefined || isTalkType(r.draft.type) || r.draft.type === 'pledge_sign';
    if (withSomeone && r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every((id) => plausiblyTheirs(ctx.senderId, id, ctx.directory))) {
      return { ...r, remarks: [...r.remarks, '表格里这一行的谈话人一栏是空的，按您本人记录'], reasons: [...(r.reasons ?? []), 'blank_doer'] };
    }
    const candidateIds = r.draft.counterpartIds.length > 0 ? likelyDoers(r.draft.counterpartIds[0]!, ctx) : [ctx.senderId];
    return { ...r, problems: [...r.problems, { code: 'missing_actor', candidateIds }] };
  });
}
