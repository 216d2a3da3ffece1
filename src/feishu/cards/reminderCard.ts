// The card for any reminder the domain decided on.
import type { Reminder } from '../../domain/reminders/types.js';
import { dueSoonCard } from './reminderDueCard.js';
import { festivalCard, nodeCard } from './reminderFestivalCard.js';
import { scheduleNoticeCard } from './reminderNoticeCard.js';
import { overdueCard } from './reminderOverdueCard.js';

export function reminderCard(r: Reminder): object {
  switch (r.kind) {
    case 'festival':
      return festivalCard(r);
    case 'node':
      return nodeCard(r);
    case 'due_soon':
      return dueSoonCard(r);
    case 'overdue':
      return overdueCard(r);
    case 'schedule_missing':
      return scheduleNoticeCard(r);
  }
}
