// Reminders as decisions: who gets which message under which idempotency key. Cards and the outbox come later, outside the domain.
import type { Activity } from '../activity.js';
import type { ActivityIndex } from '../completion/activityIndex.js';
import type { Duty } from '../duty.js';
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { HolidayBreak } from '../calendar/holidayTypes.js';
import type { Directory } from '../organization.js';
import type { Period } from '../period.js';
import type { ReminderSettings } from './settings.js';

/** Same shape as the Feishu Recipient, so the outbox takes it as is. */
export type ReminderTo = { openId: string } | { chatId: string };

/** 蓝: the person; 黄: their superior; 红: the secretary and the inspectors. */
export type EscalationLevel = 'blue' | 'yellow' | 'red';

export interface ReminderInput {
  settings: ReminderSettings;
  calendar: HolidayCalendar;
  directory: Directory;
  duties: readonly Duty[];
  activities: readonly Activity[] | ActivityIndex;
  now: Date;
}

interface Base {
  /** kind|rule|period|recipient|level: the outbox sends a key at most once, ever. */
  key: string;
  to: ReminderTo;
}

export interface FestivalReminder extends Base {
  kind: 'festival';
  holiday: HolidayBreak;
  title: string;
  text: string;
}

export interface NodeReminder extends Base {
  kind: 'node';
  date: string;
  title: string;
  text: string;
}

/** One open duty of one person, as a reminder lists it. */
export interface DueItem {
  dutyId: string;
  dutyName: string;
  period: Period;
  /** The last day it can be done (the window's end for windowed duties). */
  due: string;
  done: number;
  required: number;
  /** Names of counterparts / departments still missing (pairwise duties). */
  missing: string[];
  responsibleId: string;
  responsibleName: string;
}

export interface DueSoonReminder extends Base {
  kind: 'due_soon';
  recipientName: string;
  due: string;
  /** Working days left, the due day included. */
  workdaysLeft: number;
  items: DueItem[];
}

export interface OverdueReminder extends Base {
  kind: 'overdue';
  level: EscalationLevel;
  recipientName: string;
  due: string;
  items: DueItem[];
}

export interface ScheduleNotice extends Base {
  kind: 'schedule_missing';
  recipientName: string;
  year: number;
  breaks: HolidayBreak[];
}

export type Reminder = FestivalReminder | NodeReminder | DueSoonReminder | OverdueReminder | ScheduleNotice;

export function recipientKey(to: ReminderTo): string {
  return 'openId' in to ? to.openId : to.chatId;
}

export function reminderKey(kind: string, rule: string, period: string, to: ReminderTo, level = ''): string {
  return [kind, rule, period, recipientKey(to), level].join('|');
}
