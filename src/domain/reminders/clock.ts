// When reminders may go out: a working day, inside the configured hours; and whether a scheduled day's send time has come.
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { ReminderSettings } from './settings.js';
import { shanghaiDateTime } from '../shanghai.js';

export interface SendingMoment {
  /** Today in Asia/Shanghai, YYYY-MM-DD. */
  today: string;
  /** HH:mm in Asia/Shanghai. */
  time: string;
  workday: boolean;
  inWindow: boolean;
  /** A reminder may be sent now at all. */
  open: boolean;
}

export function sendingMoment(settings: ReminderSettings, calendar: HolidayCalendar, now: Date): SendingMoment {
  const stamp = shanghaiDateTime(now);
  const today = stamp.slice(0, 10);
  const time = stamp.slice(11, 16);
  const workday = calendar.isWorkday(today);
  const inWindow = time >= settings.window.from && time < settings.window.to;
  return { today, time, workday, inWindow, open: settings.enabled && workday && inWindow };
}

/** Has `day`'s send time come: any time after that day, or on it from send_time on. */
export function reached(moment: Pick<SendingMoment, 'today' | 'time'>, day: string, sendTime: string): boolean {
  return moment.today > day || (moment.today === day && moment.time >= sendTime);
}
