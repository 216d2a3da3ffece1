// 我的任务 / 我还差什么: the sender's open duties, worst first, each with a 填报 button; met ones only counted.
import { statusName } from '../../domain/completion/status.js';
import type { CompletionLine, CompletionStatus } from '../../domain/completion/types.js';
import { shanghaiDateTime } from '../../domain/shanghai.js';
import { STATUS_ORDER } from './completionGroups.js';
import { callbackButton, frame, markdown, note } from './completionParts.js';

const ICON: Record<CompletionStatus, string> = { overdue: '🔴', behind: '🟡', in_progress: '🔵', done: '✅' };
const MAX_ITEMS = 10;
const MAX_NAMES = 6;

export interface MyTasksInput {
  asOf: Date;
  /** The sender's lines, unfiltered: the open ones are listed, the rest counted. */
  lines: readonly CompletionLine[];
  /** What the question covered, e.g. 各项任务当前周期 or 2026年第四季度. */
  subtitle: string;
  understood?: string;
}

/** The duty period to report into: the earliest unmet one that has begun (a year view of a monthly duty has twelve). */
export function reportPeriodStart(line: CompletionLine): string {
  const unmet = line.parts.filter((p) => p.done < p.required);
  const begun = unmet.filter((p) => p.elapsed > 0 || p.ended);
  return (begun[0] ?? unmet[0])?.period.start ?? line.period.start;
}

/** The value the report_duty card action receives (the report intent opens its form from it). */
export function reportDutyValue(line: CompletionLine): Record<string, unknown> {
  return { action: 'report_duty', dutyId: line.dutyId, period: reportPeriodStart(line) };
}

function itemText(line: CompletionLine): string {
  const pace = line.status === 'behind' ? `，按进度应达 ${line.expectedByNow}` : '';
  const late = line.lateCount > 0 ? `，含补录 ${line.lateCount}` : '';
  let text = `${ICON[line.status]} **${line.dutyName}** · ${line.period.label}\n已完成 ${Math.min(line.done, line.required)}/${line.required}${pace}${late} · ${statusName(line.status)}`;
  if (line.missing.length > 0) {
    const names = line.missing.slice(0, MAX_NAMES).map((u) => u.name).join('、');
    text += `\n尚缺：${names}${line.missing.length > MAX_NAMES ? ` 等${line.missing.length}个` : ''}`;
  }
  return text;
}

function item(line: CompletionLine): object {
  return {
    tag: 'column_set',
    horizontal_spacing: '8px',
    columns: [
      { tag: 'column', width: 'weighted', weight: 5, vertical_align: 'center', elements: [markdown(itemText(line))] },
      { tag: 'column', width: 'auto', vertical_align: 'center', elements: [callbackButton('填报', reportDutyValue(line), 'primary')] },
    ],
  };
}

export function myTasksCard(input: MyTasksInput): object {
  const open = input.lines.filter((l) => l.status !== 'done').sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const met = input.lines.length - open.length;
  const elements: object[] = [markdown(`截至 ${shanghaiDateTime(input.asOf)}，待完成 ${open.length} 项${met > 0 ? `，已完成 ${met} 项` : ''}。`)];
  if (input.understood) elements.push(note(input.understood));
  if (input.lines.length === 0) {
    elements.push(markdown('您目前没有需要牵头完成的党风廉政建设任务。参加的活动由组织者登记即可。'));
  } else if (open.length === 0) {
    elements.push(markdown('当前各项任务均已完成。'));
  } else {
    elements.push({ tag: 'hr' });
    for (const line of open.slice(0, MAX_ITEMS)) elements.push(item(line));
    if (open.length > MAX_ITEMS) elements.push(note(`另有 ${open.length - MAX_ITEMS} 项，发送「我的完成情况」查看全部。`));
  }
  elements.push(note('完成一项后点「填报」，或直接发一句话，如「今天和李明主任进行了廉政谈话」。'));
  const worst = open[0]?.status;
  const template = worst === 'overdue' ? 'red' : worst === 'behind' ? 'orange' : worst ? 'blue' : 'green';
  return frame('我的任务', input.subtitle, template, elements);
}
