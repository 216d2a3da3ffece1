// The 完成情况 card: period and as-of time, headline, chart, a table per duty, the unmet lines by name, drill-down buttons; under 30 KB.
import type { CompletionReport } from '../../domain/completion/types.js';
import { completionChart } from './completionChart.js';
import { dutyTitle, groupByDuty, STATUS_ORDER, type DutyGroup, type RoleLabels } from './completionGroups.js';
import {
  buttonFlow,
  callbackButton,
  CARD_BUDGET_BYTES,
  cardBytes,
  frame,
  headlineText,
  markdown,
  note,
  shortDutyName,
  STATUS_NOTE,
  templateOf,
} from './completionParts.js';
import { flatTable, openLinesTable, summaryTable, TABLE_PAGE_SIZE } from './completionTable.js';

export { CARD_BUDGET_BYTES } from './completionParts.js';

/** Feishu allows five tables a card: one summary, four duties in detail. */
const MAX_TABLES = 5;
const MAX_DUTY_BUTTONS = 20;
const MAX_DEPARTMENT_BUTTONS = 12;

export interface DrillValues {
  /** The callback value of a button that shows one duty's unmet lines in full. */
  duty(dutyId: string): Record<string, unknown>;
  /** With `departments`, buttons that show one department; the bot offers only those within the viewer's reach. */
  department?(departmentId: string): Record<string, unknown>;
  departments?: readonly { id: string; name: string }[];
}

export interface CompletionCardOptions {
  title: string;
  /** What the bot understood of the question, shown small under the headline. */
  understood?: string;
  /** To name who answers by role on met lines (names are for unmet ones). */
  labels?: RoleLabels;
  drill?: DrillValues;
  /** Appended last, e.g. a 返回 button on a drilled card. */
  footer?: object[];
}

interface Layout {
  chart: boolean;
  /** Duties shown with their unmet lines in a table of their own. */
  details: number;
  rows: number;
  /** Rows of the summary (or flat) table. */
  summaryRows: number;
}

function detailSection(group: DutyGroup, report: CompletionReport, rows: number, labels: RoleLabels): object[] {
  const elements = [markdown(`**${dutyTitle(group, report.view)}** · 尚未完成 ${group.open.length} 项`), openLinesTable(group, report.view, rows, labels)];
  if (group.open.length > rows) elements.push(note(`另有 ${group.open.length - rows} 项未完成，点下方「明细」查看。`));
  return elements;
}

function drillButtons(groups: DutyGroup[], drill: DrillValues | undefined): object[] {
  if (!drill) return [];
  // Every figure traces to its records: open duties first (worst first), then those with records behind 已完成.
  const unmet = groups.filter((g) => g.open.length > 0).sort((a, b) => STATUS_ORDER[a.worst] - STATUS_ORDER[b.worst]);
  const met = groups.filter((g) => g.open.length === 0 && g.lines.some((l) => l.activityIds.length > 0));
  const wanted = [...unmet, ...met];
  if (wanted.length === 0) return [];
  const buttons = wanted.slice(0, MAX_DUTY_BUTTONS).map((g) => callbackButton(`${shortDutyName(g.dutyName)} 明细`, drill.duty(g.dutyId)));
  const elements = [markdown('**明细**（未完成的责任人和每个数字背后的记录）'), buttonFlow(buttons)];
  if (wanted.length > MAX_DUTY_BUTTONS) elements.push(note('其余事项可直接提问，如「廉政谈话完成情况」。'));
  return elements;
}

function departmentButtons(drill: DrillValues | undefined): object[] {
  const departments = drill?.departments ?? [];
  if (!drill?.department || departments.length === 0) return [];
  const shown = departments.slice(0, MAX_DEPARTMENT_BUTTONS);
  const elements = [markdown('**按科室查看**'), buttonFlow(shown.map((d) => callbackButton(d.name, drill.department!(d.id))))];
  if (departments.length > shown.length) elements.push(note(`其余 ${departments.length - shown.length} 个科室可直接提问，如「${departments[shown.length]!.name}本季度完成情况」。`));
  return elements;
}

function build(report: CompletionReport, groups: DutyGroup[], opts: CompletionCardOptions, layout: Layout): object {
  const labels = opts.labels ?? {};
  const elements: object[] = [markdown(headlineText(report))];
  if (opts.understood) elements.push(note(opts.understood));
  if (report.lines.length === 0) {
    elements.push(markdown('该范围内没有需要完成的事项。'));
    return frame(opts.title, report.view.label, templateOf(report), [...elements, ...(opts.footer ?? [])]);
  }
  if (layout.chart && groups.length >= 2) {
    elements.push(completionChart(groups.map((g) => ({ name: g.dutyName, required: g.required, done: g.done })), '已完成 / 应完成'));
  }
  const flat = groups.length === report.lines.length;
  const cut = (n: number) => (n < groups.length ? note(`仅列出前 ${n} 项，其余请缩小范围提问。`) : undefined);
  if (flat) {
    elements.push(flatTable(report.lines.slice(0, layout.summaryRows), report.view, labels));
    const more = layout.summaryRows < report.lines.length ? cut(layout.summaryRows) : undefined;
    if (more) elements.push(more);
  } else {
    elements.push(markdown('**各项职责**'), summaryTable(groups.slice(0, layout.summaryRows), report.view, labels));
    const more = cut(layout.summaryRows);
    if (more) elements.push(more);
  }
  const detailed = new Set<string>();
  if (!flat) {
    // Worst first: what a 纪检 officer must act on comes before what is merely in progress.
    const open = groups.filter((g) => g.open.length > 0).sort((a, b) => STATUS_ORDER[a.worst] - STATUS_ORDER[b.worst]);
    for (const g of open.slice(0, Math.min(layout.details, MAX_TABLES - 1))) {
      detailed.add(g.dutyId);
      elements.push(...detailSection(g, report, layout.rows, labels));
    }
  }
  elements.push(...drillButtons(groups, opts.drill));
  elements.push(...departmentButtons(opts.drill));
  elements.push(note(STATUS_NOTE), ...(opts.footer ?? []));
  return frame(opts.title, report.view.label, templateOf(report), elements);
}

/** Gives up detail before the overview: rows, then duties in detail (they stay a button away), then the chart, then summary rows. */
const SHRINK: ((l: Layout) => Layout | undefined)[] = [
  (l) => (l.rows > 5 ? { ...l, rows: 5 } : undefined),
  (l) => (l.details > 0 ? { ...l, details: l.details - 1 } : undefined),
  (l) => (l.chart ? { ...l, chart: false } : undefined),
  (l) => (l.summaryRows > TABLE_PAGE_SIZE ? { ...l, summaryRows: Math.max(TABLE_PAGE_SIZE, Math.floor(l.summaryRows * 0.7)) } : undefined),
];

export function completionCard(report: CompletionReport, opts: CompletionCardOptions): object {
  const groups = groupByDuty(report.lines);
  let layout: Layout = { chart: true, details: MAX_TABLES - 1, rows: TABLE_PAGE_SIZE, summaryRows: Math.max(groups.length, report.lines.length) };
  let card = build(report, groups, opts, layout);
  while (cardBytes(card) > CARD_BUDGET_BYTES) {
    const next = SHRINK.map((step) => step(layout)).find((l) => l !== undefined);
    if (!next) break;
    layout = next;
    card = build(report, groups, opts, layout);
  }
  return card;
}
