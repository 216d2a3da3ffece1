// 重要节点: one-off reminders an inspector schedules by date in config (招标采购, 残疾人帮扶…).
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { Directory } from '../organization.js';
import { audienceOf } from './audience.js';
import { reached, type SendingMoment } from './clock.js';
import type { ReminderNode, ReminderSettings } from './settings.js';
import { reminderKey, type NodeReminder } from './types.js';

/** A node set on a day off goes out on the working day before, so it is never late. */
export function nodeSendDay(calendar: HolidayCalendar, node: ReminderNode): string {
  return calendar.isWorkday(node.date) ? node.date : calendar.workdayBefore(node.date, 1);
}

/** Due from send_time on its send day through the node's own date, so a short outage is caught up. */
export function isNodeDue(calendar: HolidayCalendar, node: ReminderNode, moment: Pick<SendingMoment, 'today' | 'time'>, sendTime: string): boolean {
  return reached(moment, nodeSendDay(calendar, node), sendTime) && moment.today <= node.date;
}

export function nodeReminders(
  settings: ReminderSettings,
  calendar: HolidayCalendar,
  directory: Directory,
  moment: SendingMoment,
): NodeReminder[] {
  return settings.nodes
    .filter((node) => isNodeDue(calendar, node, moment, settings.sendTime))
    .flatMap((node) =>
      audienceOf(directory, node.targets).map(({ to }) => ({
        kind: 'node' as const,
        key: reminderKey('node', node.id, node.date, to),
        to,
        date: node.date,
        title: node.title,
        text: node.text,
      })),
    );
}
