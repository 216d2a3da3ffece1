// 节前廉政提醒: for each configured holiday, N working days before its first day off, to the configured chats and members.
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { HolidayBreak } from '../calendar/holidayTypes.js';
import type { Directory } from '../organization.js';
import { audienceOf } from './audience.js';
import { reached, type SendingMoment } from './clock.js';
import { festivalValues, fillTemplate } from './format.js';
import type { ReminderSettings } from './settings.js';
import { reminderKey, type FestivalReminder } from './types.js';
import { compareText } from '../compareText.js';

export interface FestivalPlan {
  holiday: HolidayBreak;
  /** The working day the reminder is due (lead working days before the first day off). */
  sendDay: string;
}

/** Breaks of the given years that include a configured holiday, with their send days, in send order. */
export function festivalPlans(settings: ReminderSettings, calendar: HolidayCalendar, years: readonly number[]): FestivalPlan[] {
  const wanted = new Set(settings.festival.holidays);
  return years
    .flatMap((y) => calendar.breaksOf(y))
    .filter((b) => b.festivals.some((f) => wanted.has(f)))
    .map((holiday) => ({ holiday, sendDay: calendar.workdayBefore(holiday.firstDay, settings.festival.leadWorkdays) }))
    .sort((a, b) => compareText(a.sendDay, b.sendDay));
}

/**
 * Due from send_time on the send day until the break begins: a reminder missed while the
 * bot was down still goes out before the holiday, never once it has started.
 */
export function isFestivalDue(plan: FestivalPlan, moment: Pick<SendingMoment, 'today' | 'time'>, sendTime: string): boolean {
  return reached(moment, plan.sendDay, sendTime) && moment.today < plan.holiday.firstDay;
}

export function festivalMessage(settings: ReminderSettings, holiday: HolidayBreak): { title: string; text: string } {
  const values = festivalValues(holiday);
  return { title: fillTemplate(settings.festival.title, values), text: fillTemplate(settings.festival.template, values) };
}

export function festivalReminders(
  settings: ReminderSettings,
  calendar: HolidayCalendar,
  directory: Directory,
  moment: SendingMoment,
): FestivalReminder[] {
  if (!settings.festival.enabled) return [];
  const year = Number(moment.today.slice(0, 4));
  const due = festivalPlans(settings, calendar, [year, year + 1]).filter((p) => isFestivalDue(p, moment, settings.sendTime));
  const audience = audienceOf(directory, settings.targets);
  return due.flatMap(({ holiday }) => {
    const { title, text } = festivalMessage(settings, holiday);
    const rule = `${holiday.year}-${holiday.name}`;
    return audience.map(({ to }) => ({
      kind: 'festival' as const,
      key: reminderKey('festival', rule, String(holiday.year), to),
      to,
      holiday,
      title,
      text,
    }));
  });
}
