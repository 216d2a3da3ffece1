// decideReminders: everything due at `now`, as reminders with idempotency keys; nothing on a day off or outside the hours.
import { sendingMoment, type SendingMoment } from './clock.js';
import { dueSoonReminders } from './dueSoon.js';
import { festivalReminders } from './festival.js';
import { activityIndexOf } from './items.js';
import { nodeReminders } from './nodes.js';
import { scheduleNotices } from './notices.js';
import { overdueReminders } from './overdue.js';
import type { Reminder, ReminderInput } from './types.js';

export interface ReminderDecision {
  moment: SendingMoment;
  reminders: Reminder[];
}

/**
 * Pure: the same input gives the same reminders and keys, so running it every few
 * minutes (and again after a restart) only ever adds what became due since; the outbox
 * drops keys it has seen.
 */
export function decideReminders(input: ReminderInput): ReminderDecision {
  const { settings, calendar, directory } = input;
  const moment = sendingMoment(settings, calendar, input.now);
  if (!moment.open) return { moment, reminders: [] };
  const index = activityIndexOf(input);
  const reminders: Reminder[] = [
    ...scheduleNotices(settings, calendar, directory, moment),
    ...festivalReminders(settings, calendar, directory, moment),
    ...nodeReminders(settings, calendar, directory, moment),
    ...dueSoonReminders(input, index, moment),
    ...overdueReminders(input, index, moment),
  ];
  return { moment, reminders };
}
