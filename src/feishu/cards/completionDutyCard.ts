// The drilled-down card for one duty: every unmet line by name (paged 10 a page), the met ones only counted.
import type { CompletionReport } from '../../domain/completion/types.js';
import { dutyTitle, groupByDuty, responsibleRoles, type RoleLabels } from './completionGroups.js';
import { CARD_BUDGET_BYTES, cardBytes, frame, headlineText, markdown, note, STATUS_NOTE, templateOf } from './completionParts.js';
import { openLinesTable } from './completionTable.js';

export interface DutyCardOptions {
  understood?: string;
  labels?: RoleLabels;
  footer?: object[];
}

/** `report` holds one duty's lines (the bot narrows the scope to it). */
export function completionDutyCard(report: CompletionReport, opts: DutyCardOptions): object {
  const group = groupByDuty(report.lines)[0];
  const title = group ? group.dutyName : '事项明细';
  const head: object[] = [markdown(headlineText(report))];
  if (opts.understood) head.push(note(opts.understood));
  if (!group) return frame(title, report.view.label, templateOf(report), [...head, markdown('该范围内没有需要完成的事项。'), ...(opts.footer ?? [])]);

  const build = (rows: number): object => {
    const elements = [
      ...head,
      markdown(`**${dutyTitle(group, report.view)}**\n责任：${responsibleRoles(group, opts.labels ?? {})} · 应完成 ${group.required} · 已完成 ${group.done}`),
    ];
    if (group.open.length > 0) elements.push(openLinesTable(group, report.view, rows));
    if (group.open.length > rows) elements.push(note(`另有 ${group.open.length - rows} 项未完成未能列出，请按科室提问查看。`));
    const met = group.lines.length - group.open.length;
    if (met > 0) elements.push(note(group.open.length > 0 ? `其余 ${met} 项已完成。` : `全部 ${met} 项已完成。`));
    elements.push(note(STATUS_NOTE), ...(opts.footer ?? []));
    return frame(title, report.view.label, templateOf(report), elements);
  };
  let rows = group.open.length;
  let card = build(rows);
  while (rows > 0 && cardBytes(card) > CARD_BUDGET_BYTES) {
    rows = Math.floor(rows * 0.8);
    card = build(rows);
  }
  return card;
}
