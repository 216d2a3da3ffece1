// The timer that empties expired dialogs (scrubExpiredDialogs), so a question left unanswered does not keep the member's words for the day it is still kept.
import type { Store } from '../store/openStore.js';
import { scrubExpiredDialogs } from './scrubExpiredDialogs.js';

/** Default time between sweeps: a timed-out question's words leave db.json within a minute of its 30 minutes. */
export const DIALOG_SWEEP_MS = 60_000;

export interface DialogSweep {
  /** Stops sweeping and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/**
 * Sweeps every `everyMs` (default DIALOG_SWEEP_MS) with the bot's clock `now`; a failed sweep is logged and simply
 * tried again at the next one. The timer does not keep the process alive.
 */
export function startDialogSweep(deps: { store: Store; now: () => Date; log: (line: string) => void; everyMs?: number }): DialogSweep {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = scrubExpiredDialogs(deps.store, deps.now())
      .then(
        () => undefined,
        (error: unknown) => deps.log(`dialogs: could not empty the expired ones (tried again at the next sweep): ${String((error as Error)?.message ?? error)}`),
      )
      .finally(() => {
        running = undefined;
      });
  }, deps.everyMs ?? DIALOG_SWEEP_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
