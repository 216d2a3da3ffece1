// Feishu's send limits as one-second sliding windows: per app (HTTP 429 / 99991400) and per receiver (230020).
import type { RateLimitSpec } from './emulatorTypes.js';

export type Admission = 'ok' | 'app' | 'receiver';

export interface RateLimiter {
  configure(spec: RateLimitSpec | undefined): void;
  /** Counts the request when admitted; refused requests do not use up the window. */
  admit(receiver: string): Admission;
  clear(): void;
}

const WINDOW_MS = 1000;

export function createRateLimiter(now: () => Date): RateLimiter {
  let spec: RateLimitSpec | undefined;
  let app: number[] = [];
  let receivers = new Map<string, number[]>();

  const recent = (times: number[], t: number): number[] => times.filter((x) => t - x < WINDOW_MS);

  return {
    configure(next) {
      spec = next;
      app = [];
      receivers = new Map();
    },
    admit(receiver) {
      if (!spec) return 'ok';
      const t = now().getTime();
      app = recent(app, t);
      const mine = recent(receivers.get(receiver) ?? [], t);
      receivers.set(receiver, mine);
      if (spec.perApp !== undefined && app.length >= spec.perApp) return 'app';
      if (spec.perReceiver !== undefined && mine.length >= spec.perReceiver) return 'receiver';
      app.push(t);
      mine.push(t);
      return 'ok';
    },
    clear() {
      app = [];
      receivers = new Map();
    },
  };
}
