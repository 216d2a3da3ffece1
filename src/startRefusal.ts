// Which errors at start are an operator's to fix (printed as one line, no stack): bad config, DATA_DIR, Feishu's refusal.
import { ConfigError } from './config/configError.js';
import { LongConnectionError } from './feishu/LongConnectionError.js';

/**
 * True for ConfigError, LongConnectionError, StoreError DATA_… and FEISHU_BOT_INFO, and for an error the bot thread
 * reported as such (`refusal: true`, see src/thread/startBotThread.ts): their message says what to fix.
 */
export function isStartRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    error instanceof ConfigError ||
    error instanceof LongConnectionError ||
    (typeof code === 'string' && (code.startsWith('DATA_') || code === 'FEISHU_BOT_INFO')) ||
    (error as { refusal?: unknown } | null)?.refusal === true
  );
}
