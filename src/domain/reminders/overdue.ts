// 逾期提醒 and escalation: blue to the person, yellow to their superior, red to the secretary and inspectors.
import type { ActivityIndex } from '../completion/activityIndex.js';
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { Person } from '../organization.js';
import { periodOf, previousPeriod, type Period } from '../period.js';
import { addresseesOf } from './audience.js';
import { redRecipientsOf, superiorsOf } from './chain.js';
import { reached, type SendingMoment } from './clock.js';
import { CADENCES, groupBy, linesOf, toItem } from './items.js';
import type { ReminderSettings } from './settings.js';
import { reminderKey, type DueItem, type EscalationLevel, type OverdueReminder, type ReminderInput } from './types.js';

export const LEVELS: readonly EscalationLevel[] = ['blue', 'yellow', 'red'];

/** The working day each level is due for an item due on `due`. */
export function escalationDays(settings: ReminderSettings, calendar: HolidayCalendar, due: string): Record<EscalationLevel, string> {
  const blue = calendar.workdayAfter(due, 1);
  const yellow = calendar.workdayAfter(blue, settings.overdue.yellowAfterWorkdays);
  const red = calendar.workdayAfter(yellow, settings.overdue.redAfterWorkdays);
  return { blue, yellow, red };
}

/** Items whose period (or window) ended unmet: the last two periods of each cadence, and windows closed in the current one. */
export function overdueItems(input: ReminderInput, index: ActivityIndex, today: string): DueItem[] {
  const seen = new Set<string>();
  const out: DueItem[] = [];
  for (const cadence of CADENCES) {
    const current = periodOf(cadence, today);
    const last = previousPeriod(current);
    const periods: Period[] = [previousPeriod(last), last, current];
    for (const period of periods) {
      for (const line of linesOf(input, index, period)) {
        if (line.status !== 'overdue') continue;
        const item = toItem(line);
        const id = `${item.dutyId}|${item.responsibleId}|${item.due}`;
        if (item.due >= today || seen.has(id)) continue;
        seen.add(id);
        out.push(item);
      }
    }
  }
  return out;
}

interface Delivery {
  level: EscalationLevel;
  person: Person;
  item: DueItem;
}

/**
 * A level goes out from send_time on its day and, if the bot was down, up to
 * catch_up_workdays later; never earlier, never long after (a bot started in November
 * does not escalate June). An item done late (补录) stops escalating.
 */
export function overdueReminders(input: ReminderInput, index: ActivityIndex, moment: SendingMoment): OverdueReminder[] {
  const { settings, calendar, directory } = input;
  if (!settings.overdue.enabled) return [];
  const deliveries: Delivery[] = [];
  for (const item of overdueItems(input, index, moment.today)) {
    const days = escalationDays(settings, calendar, item.due);
    const catchUp = settings.overdue.catchUpWorkdays;
    const active = (level: EscalationLevel) =>
      reached(moment, days[level], settings.sendTime) &&
      moment.today <= (catchUp > 0 ? calendar.workdayAfter(days[level], catchUp) : days[level]);
    const duty = input.duties.find((d) => d.id === item.dutyId);
    const person = directory.person(item.responsibleId);
    if (!duty || !person) continue;
    const yellow = superiorsOf(directory, duty, person.id);
    const recipients: Record<EscalationLevel, Person[]> = {
      blue: [person],
      yellow,
      red: redRecipientsOf(directory, person.id, yellow),
    };
    for (const level of LEVELS) {
      if (!active(level)) continue;
      for (const a of addresseesOf(recipients[level])) deliveries.push({ level, person: a.person!, item });
    }
  }
  const groups = groupBy(deliveries, (d) => `${d.person.id}|${d.item.due}|${d.level}`);
  return [...groups.values()].map((group) => {
    const { level, person, item } = group[0]!;
    const to = { openId: person.openId! };
    return {
      kind: 'overdue' as const,
      key: reminderKey('overdue', 'all', item.due, to, level),
      to,
      level,
      recipientName: person.name,
      due: item.due,
      items: group.map((d) => d.item),
    };
  });
}
