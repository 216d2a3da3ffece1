// The live configuration: what is in force now, swapped whole by 重新加载配置 only when the new files load cleanly.
import type { AppConfig } from './loadConfig.js';

export type ReloadOutcome = { ok: true; before: AppConfig; after: AppConfig } | { ok: false; error: unknown };

export interface ConfigHolder {
  current(): AppConfig;
  /**
   * Loads the files again; on any error the config in force stays and the error is returned, not thrown.
   * `accept` may veto the new config (return an error) before it takes effect.
   */
  reload(accept?: (before: AppConfig, after: AppConfig) => unknown): Promise<ReloadOutcome>;
  /** Called after each successful reload (the scheduler, say, re-reads reminder settings). */
  onChange(listener: (config: AppConfig) => void): void;
}

export function createConfigHolder(initial: AppConfig, load: () => AppConfig | Promise<AppConfig>): ConfigHolder {
  let config = initial;
  const listeners: ((c: AppConfig) => void)[] = [];
  // Two inspectors reloading at once must not interleave: the later one waits and loads again.
  let running: Promise<unknown> = Promise.resolve();

  async function reloadNow(accept?: (before: AppConfig, after: AppConfig) => unknown): Promise<ReloadOutcome> {
    let next: AppConfig;
    try {
      next = await load();
    } catch (error) {
      return { ok: false, error };
    }
    const veto = accept?.(config, next);
    if (veto) return { ok: false, error: veto };
    const before = config;
    config = next;
    for (const listener of listeners) listener(next);
    return { ok: true, before, after: next };
  }

  return {
    current: () => config,
    reload(accept) {
      const run = () => reloadNow(accept);
      const outcome = running.then(run, run);
      running = outcome;
      return outcome;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
