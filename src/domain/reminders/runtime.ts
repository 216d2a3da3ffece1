// The reminder settings in force and the holiday calendar built from them, rebuilt only when the holiday overrides change (a config reload).
import { createHolidayCalendar, type HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { ReminderSettings } from './settings.js';

export interface ReminderRuntime {
  readonly settings: ReminderSettings;
  readonly calendar: HolidayCalendar;
}

/** `current` is read on every access, so a reloaded config reaches the next run without a restart. */
export function createReminderRuntime(current: () => ReminderSettings): ReminderRuntime {
  let cached: { overrides: ReminderSettings['holidayOverrides']; calendar: HolidayCalendar } | undefined;
  return {
    get settings() {
      return current();
    },
    get calendar() {
      const overrides = current().holidayOverrides;
      if (!cached || cached.overrides !== overrides) cached = { overrides, calendar: createHolidayCalendar({ overrides }) };
      return cached.calendar;
    },
  };
}
