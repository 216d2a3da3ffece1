// The scheduler: the only importer of node-cron. It decides *when* to run the reminder job (Asia/Shanghai), never what to send.
import cron, { type ScheduledTask } from 'node-cron';
import { ZONE } from '../domain/shanghai.js';
import { runReminderJob, type ReminderJobDeps, type ReminderJobResult } from './reminderJob.js';

export interface SchedulerDeps extends ReminderJobDeps {
  now: () => Date;
}

export interface Scheduler {
  /** Runs the job once at once (catch-up after a restart), then every tick_minutes within the sending hours. */
  start(): void;
  /** Re-reads tick_minutes and the window (after a config reload); a no-op when they did not change. */
  reschedule(): void;
  /** Stops ticking and waits for a run in progress. */
  stop(): Promise<void>;
  /** One run now, as a tick would; resolves with what it did (undefined if a run was already in progress). */
  runNow(): Promise<ReminderJobResult | undefined>;
}

/** Minutes every tick_minutes, in the hours the sending window touches: the job itself checks the exact window and the day. */
export function cronExpression(tickMinutes: number, window: { from: string; to: string }): string {
  const from = Number(window.from.slice(0, 2));
  const to = Number(window.to.slice(0, 2)) - (window.to.endsWith(':00') ? 1 : 0);
  return `*/${tickMinutes} ${from === to ? from : `${from}-${Math.max(from, to)}`} * * *`;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  let task: ScheduledTask | undefined;
  let pattern: string | undefined;
  let running: Promise<ReminderJobResult | undefined> | undefined;

  function runNow(): Promise<ReminderJobResult | undefined> {
    // Ticks never overlap: a slow run (a big ledger, a slow disk) just swallows the next tick.
    if (running) return running.then(() => undefined);
    running = runReminderJob(deps, deps.now())
      .catch((error: unknown) => {
        deps.log(`reminders: job failed: ${String((error as Error)?.stack ?? error)}`);
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  function schedule(): void {
    const { tickMinutes, window } = deps.reminders.settings;
    const expression = cronExpression(tickMinutes, window);
    if (task && expression === pattern) return;
    void task?.destroy();
    pattern = expression;
    task = cron.schedule(expression, () => void runNow(), { timezone: ZONE, name: 'qingfeng-reminders', noOverlap: true });
  }

  return {
    start() {
      if (task) return;
      schedule();
      void runNow();
    },
    reschedule() {
      if (task) schedule();
    },
    async stop() {
      await task?.stop();
      await task?.destroy();
      task = undefined;
      await running;
    },
    runNow,
  };
}
