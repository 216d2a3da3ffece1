// The 提醒预览 card for inspectors: schedule status, whether reminders are paused, and the next sends.
import { cnDateWithWeekday } from '../../domain/reminders/format.js';
import type { PlannedSend, ReminderPreview } from '../../domain/reminders/preview.js';
import type { ScheduleSource } from '../../domain/calendar/holidayTypes.js';
import { fitToBudget, frame, markdown, note } from './reminderCardParts.js';

const SOURCE_NAMES: Record<ScheduleSource, string> = {
  official: '正式安排（国务院办公厅通知）',
  config: '正式安排（管理员在配置中填写）',
  provisional: '⚠️ 暂定（通知未发布，按法定假日推算）',
};

const KIND_NAMES: Record<PlannedSend['kind'], string> = {
  festival: '节前廉政提醒',
  node: '重要节点',
  due_soon: '到期提醒',
  overdue: '逾期提醒',
  schedule_missing: '节假日安排通知',
};

function plannedText(p: PlannedSend): string {
  const flag = p.provisional ? '（日期暂定）' : '';
  const detail = p.note ? `\n　${p.note}` : '';
  return `**${cnDateWithWeekday(p.day)} ${p.time}** · ${KIND_NAMES[p.kind]} · ${p.title}${flag}\n　发送给：${p.audience}${detail}`;
}

export function reminderPreviewCard(preview: ReminderPreview, opts: { paused: boolean }): object {
  const status = opts.paused
    ? '⏸️ 自动提醒**已暂停**，以下安排在「恢复提醒」之前不会发送。'
    : `▶️ 自动提醒运行中。下一个可发送时间：${cnDateWithWeekday(preview.nextOpening.day)} ${preview.nextOpening.time}。`;
  const schedules = preview.schedules.map((s) => `${s.year}年节假日：${SOURCE_NAMES[s.source]}`).join('\n');
  const lines = preview.planned.map(plannedText);
  return fitToBudget(lines.length, (shown) =>
    frame('提醒预览', opts.paused ? 'grey' : 'turquoise', [
      markdown(status),
      markdown(schedules),
      { tag: 'hr' },
      markdown(shown > 0 ? lines.slice(0, shown).join('\n') : '近期没有待发送的提醒。'),
      note('仅工作日、设定时段内发送；同一提醒每人只发一次。发送「发送测试提醒」可先发给自己看看效果。'),
    ]),
  );
}
