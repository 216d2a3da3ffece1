// The completion card's `table` elements (JSON 2.0): per duty, per unmet line of a duty, or flat for a few lines.
import { cappedLateCount } from '../../domain/completion/line.js';
import { gapText, paceText, statusName } from '../../domain/completion/status.js';
import { countWithLate } from '../../domain/completion/late.js';
import type { CompletionLine, CompletionStatus } from '../../domain/completion/types.js';
import type { Period } from '../../domain/period.js';
import { dutyTitle, lineWho, responsibleCell, responsibleRoles, shortLabel, type DutyGroup, type RoleLabels } from './completionGroups.js';

/** Feishu shows at most 10 rows a page; more rows page, they are not dropped. */
export const TABLE_PAGE_SIZE = 10;
const MAX_NAMES = 8;
const COLORS: Record<CompletionStatus, string> = { overdue: 'red', behind: 'orange', in_progress: 'blue', done: 'green' };

type Column = { name: string; display_name: string; data_type: 'text' | 'number' | 'options'; width?: string };
type Row = Record<string, string | number | { text: string; color: string }[]>;

function table(columns: Column[], rows: Row[]): object {
  return {
    tag: 'table',
    page_size: Math.min(TABLE_PAGE_SIZE, Math.max(1, rows.length)),
    row_height: 'auto',
    freeze_first_column: true,
    header_style: { background_style: 'grey', bold: true },
    columns,
    rows,
  };
}

const text = (name: string, display_name: string): Column => ({ name, display_name, data_type: 'text' });
const number = (name: string, display_name: string): Column => ({ name, display_name, data_type: 'number' });

function sameSpan(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

/** A quarter view of a half-year duty shows the half-year's numbers plus what fell in the quarter. */
export function needsInView(periods: readonly Period[], view: Period): boolean {
  return periods.some((p) => !sameSpan(p, view) && p.start <= view.start && p.end >= view.end);
}

const doneText = countWithLate;

/** The status with what it is measured against: 「滞后·按进度应完成1次（全周期4次）」. */
function lineStatus(line: CompletionLine): { text: string; color: string }[] {
  const pace = paceText(line);
  return [{ text: `${statusName(line.status)}${pace ? `·${pace}` : ''}`, color: COLORS[line.status] }];
}

function missingText(line: CompletionLine): string {
  return gapText(line, MAX_NAMES);
}

function inViewColumn(view: Period): Column {
  return number('in_view', `其中${shortLabel(view)}`);
}

/** One row per duty: who answers (roles), the sums, and how many lines stand at each status. */
export function summaryTable(groups: readonly DutyGroup[], view: Period, labels: RoleLabels): object {
  const inView = needsInView(groups.map((g) => g.period), view);
  const columns = [
    text('duty', '事项'),
    text('who', '责任人'),
    number('required', '应完成'),
    text('done', '已完成'),
    ...(inView ? [inViewColumn(view)] : []),
    { name: 'status', display_name: '状态', data_type: 'options' as const },
  ];
  const rows = groups.map((g): Row => {
    const single = g.lines.length === 1 ? (g.lines[0] as CompletionLine) : undefined;
    const status = single
      ? lineStatus(single)
      : (['overdue', 'behind', 'in_progress', 'done'] as const)
          .filter((s) => g.counts[s] > 0)
          .map((s) => ({ text: `${statusName(s)} ${g.counts[s]}`, color: COLORS[s] }));
    return {
      duty: dutyTitle(g, view),
      who: responsibleRoles(g, labels),
      required: g.required,
      // One line keeps its real count (the 台账 wants it); a sum caps each line so one cannot cover another.
      done: doneText(single ? single.done : g.done, single ? single.lateCount : g.lateCount),
      ...(inView ? { in_view: single ? single.doneInView : g.doneInView } : {}),
      status,
    };
  });
  return table(columns, rows);
}

/** The unmet lines of one duty, by name, with whom or which department each still lacks. */
export function openLinesTable(group: DutyGroup, view: Period, maxRows: number, labels: RoleLabels = {}): object {
  const shown = group.open.slice(0, maxRows);
  const inView = needsInView([group.period], view);
  const withMissing = shown.some((l) => missingText(l) !== '');
  const columns = [
    text('who', '责任人'),
    number('required', '应完成'),
    text('done', '已完成'),
    ...(inView ? [inViewColumn(view)] : []),
    { name: 'status', display_name: '状态', data_type: 'options' as const },
    ...(withMissing ? [text('missing', '尚缺')] : []),
  ];
  const rows = shown.map((l): Row => ({
    who: lineWho(l, labels),
    required: l.required,
    done: doneText(Math.min(l.done, l.required), cappedLateCount(l)),
    ...(inView ? { in_view: l.doneInView } : {}),
    status: lineStatus(l),
    ...(withMissing ? { missing: missingText(l) } : {}),
  }));
  return table(columns, rows);
}

/** Every line as a row (a person's or a department's few lines): names only on unmet lines. */
export function flatTable(lines: readonly CompletionLine[], view: Period, labels: RoleLabels): object {
  const inView = needsInView(lines.map((l) => l.period), view);
  const withWho = new Set(lines.map((l) => l.responsibleId)).size > 1;
  const withMissing = lines.some((l) => missingText(l) !== '');
  const columns = [
    text('duty', '事项'),
    ...(withWho ? [text('who', '责任人')] : []),
    number('required', '应完成'),
    text('done', '已完成'),
    ...(inView ? [inViewColumn(view)] : []),
    { name: 'status', display_name: '状态', data_type: 'options' as const },
    ...(withMissing ? [text('missing', '尚缺')] : []),
  ];
  const rows = lines.map((l): Row => ({
    duty: dutyTitle(l, view),
    ...(withWho ? { who: responsibleCell(l, labels) } : {}),
    required: l.required,
    done: doneText(l.done, l.lateCount),
    ...(inView ? { in_view: l.doneInView } : {}),
    status: lineStatus(l),
    ...(withMissing ? { missing: missingText(l) } : {}),
  }));
  return table(columns, rows);
}
