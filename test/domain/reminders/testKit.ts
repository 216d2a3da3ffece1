// Shared set-up for the reminder tests: the small org, the default catalogue, the real calendar, settings with tweaks.
import type { Activity } from '../../../src/domain/activity.js';
import type { Duty } from '../../../src/domain/duty.js';
import { createHolidayCalendar, type HolidayCalendar } from '../../../src/domain/calendar/holidayCalendar.js';
import { decideReminders } from '../../../src/domain/reminders/decide.js';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../src/domain/reminders/settings.js';
import type { Reminder, ReminderInput } from '../../../src/domain/reminders/types.js';
import { at, DEFAULT_DUTIES, smallDirectory } from '../../support/completionFixtures.js';

export const calendar = createHolidayCalendar();
export const directory = smallDirectory();
export { at };

type Patch = {
  [K in keyof ReminderSettings]?: ReminderSettings[K] extends readonly unknown[] ? ReminderSettings[K] : ReminderSettings[K] extends object ? Partial<ReminderSettings[K]> : ReminderSettings[K];
};

/** Defaults with some sections patched shallowly (festival: { leadWorkdays: 5 } keeps the rest of festival). */
export function settingsWith(patch: Patch = {}): ReminderSettings {
  const d = DEFAULT_REMINDER_SETTINGS;
  return {
    ...d,
    ...patch,
    window: { ...d.window, ...patch.window },
    targets: { ...d.targets, ...patch.targets },
    festival: { ...d.festival, ...patch.festival },
    dueSoon: { ...d.dueSoon, ...patch.dueSoon },
    overdue: { ...d.overdue, ...patch.overdue },
  } as ReminderSettings;
}

export interface KitOptions {
  settings?: ReminderSettings;
  calendar?: HolidayCalendar;
  activities?: Activity[];
  duties?: Duty[];
}

export function inputAt(shanghai: string, o: KitOptions = {}): ReminderInput {
  return {
    settings: o.settings ?? settingsWith(),
    calendar: o.calendar ?? calendar,
    directory,
    duties: o.duties ?? DEFAULT_DUTIES,
    activities: o.activities ?? [],
    now: at(shanghai),
  };
}

export function decideAt(shanghai: string, o: KitOptions = {}): Reminder[] {
  return decideReminders(inputAt(shanghai, o)).reminders;
}

export function ofKind<K extends Reminder['kind']>(list: Reminder[], kind: K): Extract<Reminder, { kind: K }>[] {
  return list.filter((r): r is Extract<Reminder, { kind: K }> => r.kind === kind);
}

/** Everyone in the small org has an open_id ou_<id>. */
export const EVERYONE = directory.org.people.length;
