// 我的任务 / 我还差什么: every open duty period of the sender, oldest due first, each with a 填报 button; met ones only counted.
import { STATUS_MEANING, statusName } from '../../domain/completion/status.js';
import { LATE_MEANING } from '../../domain/completion/late.js';
import { openItems, openItemTitle, type OpenItem } from '../../domain/completion/openItems.js';
import type { CompletionLine, CompletionStatus } from '../../domain/completion/types.js';
import { shanghaiDateTime } from '../../domain/shanghai.js';
import { STATUS_ORDER } from './completionGroups.js';
import { callbackButton, frame, markdown, note } from './completionParts.js';

const ICON: Record<CompletionStatus, string> = { overdue: '🔴', behind: '🟡', in_progress: '🔵', done: '✅' };
const MAX_ITEMS = 20;
const MAX_NAMES = 6;

export interface MyTasksInput {
  asOf: Date;
  /** The sender's lines, unfiltered: the open ones are listed, the rest counted. */
  lines: readonly CompletionLine[];
  /** What the question covered, e.g. 2026年以来 or 2026年第四季度. */
  subtitle: string;
  understood?: string;
}

function itemText(item: OpenItem): string {
  const { part } = item;
  const pace = item.pace ? `，${item.pace}` : '';
  const late = part.lateCapped > 0 ? `，其中补录${part.lateCapped}` : '';
  let text = `${ICON[item.status]} **${openItemTitle(item)}** · ${statusName(item.status)}\n已完成 ${Math.min(part.done, part.required)}/${part.required}${late}${pace}`;
  if (item.missing.length > 0) {
    const names = item.missing.slice(0, MAX_NAMES).join('、');
    text += `\n尚缺：${names}${item.missing.length > MAX_NAMES ? ` 等${item.missing.length}个` : ''}`;
  }
  return text;
}

function itemRow(item: OpenItem): object {
  const value = { action: 'report_duty', dutyId: item.line.dutyId, period: item.part.period.start };
  return {
    tag: 'column_set',
    horizontal_spacing: '8px',
    columns: [
      { tag: 'column', width: 'weighted', weight: 5, vertical_align: 'center', elements: [markdown(itemText(item))] },
      { tag: 'column', width: 'auto', vertical_align: 'center', elements: [callbackButton('填报', value, 'primary')] },
    ],
  };
}

/**
 * Every period still open, oldest first (a past 逾期 month before the current one),
 * each with its 填报 button; lines fully met are only counted.
 */
export function myTasksCard(input: MyTasksInput): object {
  const items = openItems(input.lines);
  const openLines = new Set(items.map((i) => i.line));
  const met = input.lines.filter((l) => !openLines.has(l)).length;
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const elements: object[] = [
    markdown(`截至 ${shanghaiDateTime(input.asOf)}，待完成 ${items.length} 项${overdue > 0 ? `（其中逾期 ${overdue} 项）` : ''}${met > 0 ? `，已完成 ${met} 项` : ''}。`),
  ];
  if (input.understood) elements.push(note(input.understood));
  if (input.lines.length === 0) {
    elements.push(markdown('您目前没有需要牵头完成的党风廉政建设任务。参加的活动由组织者登记即可。'));
  } else if (items.length === 0) {
    elements.push(markdown('当前各项任务均已完成。'));
  } else {
    elements.push({ tag: 'hr' });
    for (const item of items.slice(0, MAX_ITEMS)) elements.push(itemRow(item));
    if (items.length > MAX_ITEMS) elements.push(note(`另有 ${items.length - MAX_ITEMS} 项，发送「我的完成情况」查看全部。`));
  }
  elements.push(note('完成一项后点「填报」，或直接发一句话，如「今天和李明主任进行了廉政谈话」。'));
  elements.push(note(`${STATUS_MEANING}${LATE_MEANING}`));
  const worst = [...items].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])[0]?.status;
  const template = worst === 'overdue' ? 'red' : worst === 'behind' ? 'orange' : worst ? 'blue' : 'green';
  return frame('我的任务', input.subtitle, template, elements);
}
