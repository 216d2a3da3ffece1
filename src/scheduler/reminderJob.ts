// The reminder job: decide what is due at `now` and enqueue it; a plain function tests call with any moment.
import type { Duty } from '../domain/duty.js';
import type { Directory } from '../domain/organization.js';
import { sendingMoment, type SendingMoment } from '../domain/reminders/clock.js';
import { decideReminders } from '../domain/reminders/decide.js';
import type { ReminderRuntime } from '../domain/reminders/runtime.js';
import type { Reminder } from '../domain/reminders/types.js';
import type { Outbox } from '../outbox/outboxTypes.js';
import type { Store } from '../store/openStore.js';
import type { LedgerIndex } from '../store/createLedgerIndex.js';
import { reminderRequest } from './reminderRequests.js';
import { sendFailureDigest } from './failureDigest.js';
import { KEEP_DAYS, pruneOutbox } from '../outbox/pruneOutbox.js';

/**
 * Read afresh on every run and never copied, so `directory` and `duties` may be getters
 * over the live config (as withLiveConfig makes them) and `reminders` a runtime over it.
 */
export interface ReminderJobDeps {
  reminders: ReminderRuntime;
  directory: Directory;
  duties: readonly Duty[];
  store: Store;
  outbox: Pick<Outbox, 'enqueue'>;
  /** The bot's ledger index (rebuilt only when the store changed); without it each run indexes afresh. */
  ledger?: LedgerIndex;
  log: (line: string) => void;
}

export interface ReminderJobResult {
  moment: SendingMoment;
  paused: boolean;
  decided: Reminder[];
  queued: number;
  /** Keys the outbox already knew: sent (or queued) by an earlier run. */
  skipped: number;
}

export async function runReminderJob(deps: ReminderJobDeps, now: Date): Promise<ReminderJobResult> {
  const { settings, calendar } = deps.reminders;
  if (deps.store.read((db) => db.settings.remindersPaused)) {
    return { moment: sendingMoment(settings, calendar, now), paused: true, decided: [], queued: 0, skipped: 0 };
  }
  const decision = deps.store.read((db) =>
    decideReminders({
      settings,
      calendar,
      directory: deps.directory,
      duties: deps.duties,
      // The live array may only be used inside this callback; the decision is copied out.
      activities: deps.ledger ? deps.ledger.index(db) : db.activities,
      now,
    }),
  );
  await sendFailureDigest({ ...deps, sendTime: settings.sendTime }, decision.moment, now);
  const pruned = await pruneOutbox(deps.store, now);
  if (pruned > 0) deps.log(`outbox: forgot ${pruned} message(s) older than ${KEEP_DAYS} days`);
  if (decision.reminders.length === 0) return { moment: decision.moment, paused: false, decided: [], queued: 0, skipped: 0 };
  const result = await deps.outbox.enqueue(decision.reminders.map(reminderRequest));
  if (result.queued > 0) {
    const kinds = [...new Set(decision.reminders.map((r) => r.kind))].join(', ');
    deps.log(`reminders: queued ${result.queued} (${kinds}) at ${decision.moment.today} ${decision.moment.time}`);
  }
  return { moment: decision.moment, paused: false, decided: decision.reminders, queued: result.queued, skipped: result.skipped };
}
