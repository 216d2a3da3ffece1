// 到期提醒: before a period ends, each responsible person gets their own open items, bundled into one message per due day.
import type { ActivityIndex } from '../completion/activityIndex.js';
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import { periodOf } from '../period.js';
import { reached, type SendingMoment } from './clock.js';
import { CADENCES, groupBy, linesOf, toItem } from './items.js';
import type { ReminderSettings } from './settings.js';
import { reminderKey, type DueItem, type DueSoonReminder, type ReminderInput } from './types.js';
import { addDays } from '../shanghai.js';
import { workdaysBetween } from '../calendar/workdayMath.js';

/** The day the warning goes out: `lead` working days left, the due day included. */
export function dueSoonDay(calendar: HolidayCalendar, due: string, lead: number): string {
  return calendar.workdayBefore(addDays(due, 1), lead);
}

/**
 * A due-soon warning may go out on `sendDay` only if that is no later than the due day:
 * one missed (the bot was down, the due day fell on a weekend) is dropped, never sent
 * after the period closed; the 逾期 reminder covers it from the first working day after.
 */
export function dueSoonSendable(sendDay: string, due: string): boolean {
  return sendDay <= due;
}

interface Candidate {
  item: DueItem;
  triggered: boolean;
}

/** Open items of the current period of every cadence with a lead, each marked whether its warning day has come. */
export function dueSoonCandidates(input: ReminderInput, index: ActivityIndex, moment: SendingMoment): Candidate[] {
  const { settings, calendar } = input;
  const out: Candidate[] = [];
  for (const cadence of CADENCES) {
    const lead = settings.dueSoon.leadWorkdays[cadence];
    if (lead <= 0) continue;
    for (const line of linesOf(input, index, periodOf(cadence, moment.today))) {
      if (line.status === 'done' || line.status === 'overdue') continue;
      const item = toItem(line);
      if (item.due < moment.today) continue;
      out.push({ item, triggered: reached(moment, dueSoonDay(calendar, item.due, lead), settings.sendTime) });
    }
  }
  return out;
}

/**
 * One message per person per due day, sent once any of its items' warning day has come,
 * listing all their items open until that day (the month, quarter and half-year that end
 * together arrive together). Nobody is told about anyone else's items.
 */
export function dueSoonReminders(input: ReminderInput, index: ActivityIndex, moment: SendingMoment): DueSoonReminder[] {
  const settings: ReminderSettings = input.settings;
  if (!settings.dueSoon.enabled) return [];
  const groups = groupBy(dueSoonCandidates(input, index, moment), (c) => `${c.item.responsibleId}|${c.item.due}`);
  const out: DueSoonReminder[] = [];
  for (const group of groups.values()) {
    if (!group.some((c) => c.triggered)) continue;
    const first = group[0]!.item;
    if (!dueSoonSendable(moment.today, first.due)) continue;
    const person = input.directory.person(first.responsibleId);
    if (!person?.openId) continue;
    const to = { openId: person.openId };
    out.push({
      kind: 'due_soon',
      key: reminderKey('due_soon', 'all', first.due, to),
      to,
      recipientName: person.name,
      due: first.due,
      workdaysLeft: workdaysBetween(input.calendar.isWorkday, moment.today, first.due),
      items: group.map((c) => c.item),
    });
  }
  return out;
}
