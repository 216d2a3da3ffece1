// The drilled-down card for one duty: every unmet line by name (paged 10 a page), the met ones only counted.
import type { CompletionLine, CompletionReport } from '../../domain/completion/types.js';
import { dutyTitle, groupByDuty, responsibleRoles, type RoleLabels } from './completionGroups.js';
import { CARD_BUDGET_BYTES, cardBytes, frame, headlineText, markdown, note, STATUS_NOTE, templateOf } from './completionParts.js';
import { openLinesTable } from './completionTable.js';
import { countWithLate } from '../../domain/completion/late.js';

/** One record behind the figures, as the 明细 table shows it. */
export interface RecordRow {
  date: string;
  typeName: string;
  actorName: string;
  counterpartNames: string[];
  title?: string;
  late: boolean;
}

export interface DutyCardOptions {
  understood?: string;
  labels?: RoleLabels;
  footer?: object[];
  /** The records behind 已完成, oldest first; every figure on the card traces to them. */
  records?: readonly RecordRow[];
}

const RECORD_PAGE = 10;

function recordsTable(records: readonly RecordRow[]): object {
  return {
    tag: 'table',
    page_size: Math.min(RECORD_PAGE, Math.max(1, records.length)),
    row_height: 'auto',
    freeze_first_column: true,
    header_style: { background_style: 'grey', bold: true },
    columns: [
      { name: 'date', display_name: '日期', data_type: 'text' },
      { name: 'type', display_name: '类型', data_type: 'text' },
      { name: 'actor', display_name: '责任人', data_type: 'text' },
      { name: 'with', display_name: '对象/题目', data_type: 'text' },
      { name: 'late', display_name: '补录', data_type: 'text' },
    ],
    rows: records.map((r) => ({
      date: r.date,
      type: r.typeName,
      actor: r.actorName,
      with: r.counterpartNames.length > 0 ? r.counterpartNames.join('、') : (r.title ?? ''),
      late: r.late ? '补录' : '',
    })),
  };
}

/** `report` holds one duty's lines (the bot narrows the scope to it). */
export function completionDutyCard(report: CompletionReport, opts: DutyCardOptions): object {
  const group = groupByDuty(report.lines)[0];
  const title = group ? group.dutyName : '事项明细';
  const head: object[] = [markdown(headlineText(report))];
  if (opts.understood) head.push(note(opts.understood));
  if (!group) return frame(title, report.view.label, templateOf(report), [...head, markdown('该范围内没有需要完成的事项。'), ...(opts.footer ?? [])]);

  const allRecords = opts.records ?? [];
  const build = (rows: number, recordRows = allRecords.length): object => {
    const elements = [
      ...head,
      markdown(`**${dutyTitle(group, report.view)}**\n责任人：${responsibleRoles(group, opts.labels ?? {})} · 应完成 ${group.required} · 已完成 ${countWithLate(group.lines.length === 1 ? (group.lines[0] as CompletionLine).done : group.done, group.lines.length === 1 ? (group.lines[0] as CompletionLine).lateCount : group.lateCount)}`),
    ];
    if (group.open.length > 0) elements.push(openLinesTable(group, report.view, rows, opts.labels ?? {}));
    if (group.open.length > rows) elements.push(note(`另有 ${group.open.length - rows} 项未完成未能列出，请按科室提问查看。`));
    const met = group.lines.length - group.open.length;
    if (met > 0) elements.push(note(group.open.length > 0 ? `其余 ${met} 项已完成。` : `全部 ${met} 项已完成。`));
    if (opts.records) {
      const late = allRecords.filter((r) => r.late).length;
      elements.push(markdown(`**记录明细** · 共 ${allRecords.length} 条${late > 0 ? `（其中补录 ${late} 条）` : ''}`));
      if (allRecords.length > 0) elements.push(recordsTable(allRecords.slice(0, recordRows)));
      else elements.push(note('该范围内暂无记录。'));
      if (recordRows < allRecords.length) elements.push(note(`仅列出前 ${recordRows} 条，全部记录请发送「导出台账」。`));
    }
    elements.push(note(STATUS_NOTE), ...(opts.footer ?? []));
    return frame(title, report.view.label, templateOf(report), elements);
  };
  let rows = group.open.length;
  let recordRows = allRecords.length;
  let card = build(rows, recordRows);
  while (recordRows > RECORD_PAGE && cardBytes(card) > CARD_BUDGET_BYTES) {
    recordRows = Math.max(RECORD_PAGE, Math.floor(recordRows * 0.7));
    card = build(rows, recordRows);
  }
  while (rows > 0 && cardBytes(card) > CARD_BUDGET_BYTES) {
    rows = Math.floor(rows * 0.8);
    card = build(rows, recordRows);
  }
  return card;
}
