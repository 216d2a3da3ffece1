// One-time notice to the inspectors: a year's official holiday schedule is unknown, so festival dates are provisional.
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { Directory } from '../organization.js';
import { addresseesOf } from './audience.js';
import type { SendingMoment } from './clock.js';
import type { ReminderSettings } from './settings.js';
import { reminderKey, type ScheduleNotice } from './types.js';

/** This year if provisional; next year too once schedule_notice_from has passed (the notice usually comes out in November). */
export function yearsMissingSchedule(settings: ReminderSettings, calendar: HolidayCalendar, today: string): number[] {
  const year = Number(today.slice(0, 4));
  const years: number[] = [];
  if (calendar.schedule(year).source === 'provisional') years.push(year);
  if (today.slice(5) >= settings.scheduleNoticeFrom && calendar.schedule(year + 1).source === 'provisional') years.push(year + 1);
  return years;
}

export function scheduleNotices(
  settings: ReminderSettings,
  calendar: HolidayCalendar,
  directory: Directory,
  moment: SendingMoment,
): ScheduleNotice[] {
  if (!settings.festival.enabled) return [];
  const inspectors = addresseesOf(directory.withRole('inspector'));
  return yearsMissingSchedule(settings, calendar, moment.today).flatMap((year) =>
    inspectors.map(({ to, person }) => ({
      kind: 'schedule_missing' as const,
      key: reminderKey('notice', 'schedule-missing', String(year), to),
      to,
      recipientName: person!.name,
      year,
      breaks: calendar.breaksOf(year),
    })),
  );
}
