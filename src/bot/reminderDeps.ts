// What the reminder controls need beyond the bot's usual deps, found on BotDeps once main.ts wires them in.
import type { ReminderRuntime } from '../domain/reminders/runtime.js';
import type { Outbox } from '../outbox/outboxTypes.js';
import type { BotDeps } from './botDeps.js';

export type { ReminderRuntime };

export interface ReminderControlDeps {
  reminders: ReminderRuntime;
  outbox: Pick<Outbox, 'enqueue'>;
}

/** The reminder deps if this bot was built with them (a bot without an outbox cannot send test reminders). */
export function reminderDepsOf(deps: BotDeps): ReminderControlDeps | undefined {
  const d = deps as BotDeps & Partial<ReminderControlDeps>;
  return d.reminders && d.outbox ? { reminders: d.reminders, outbox: d.outbox } : undefined;
}
