// Who the bot is in this tenant: asked of Feishu (bot/v3/info) at start, cached in DATA_DIR for a start while Feishu is unreachable.
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../store/writeFileDurably.js';
import type { FeishuClient } from './feishuTypes.js';
import { withRetry } from './withRetry.js';

export interface BotIdentity {
  openId: string;
  name: string;
}

export class BotIdentityError extends Error {
  readonly code = 'FEISHU_BOT_INFO';
  constructor(message: string) {
    super(message);
    this.name = 'BotIdentityError';
  }
}

async function readCache(file: string): Promise<BotIdentity | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<BotIdentity>;
    return typeof parsed.openId === 'string' && parsed.openId !== '' ? { openId: parsed.openId, name: parsed.name ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bot's open_id and name from GET /open-apis/bot/v3/info (3 tries), written to `cacheFile` (0600) when it changed.
 * When Feishu cannot be asked, the cached identity is used with one log line; with no cache, throws BotIdentityError
 * (code FEISHU_BOT_INFO): without its own open_id the bot cannot tell an @mention of itself in a group.
 */
export async function resolveBotIdentity(deps: {
  feishu: Pick<FeishuClient, 'botInfo'>;
  cacheFile: string;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}): Promise<BotIdentity> {
  const cached = await readCache(deps.cacheFile);
  try {
    const info = await withRetry(() => deps.feishu.botInfo(), { attempts: 3, baseDelayMs: 500, sleep: deps.sleep });
    if (info.openId !== cached?.openId || info.name !== cached?.name) {
      await writeFileDurably(deps.cacheFile, `${JSON.stringify(info)}\n`).catch((e: unknown) =>
        deps.log(`could not cache the bot identity in ${deps.cacheFile}: ${String((e as Error)?.message ?? e)}`),
      );
    }
    deps.log(`bot identity: ${info.name || '(no name)'} ${info.openId} (from bot/v3/info)`);
    return info;
  } catch (error) {
    const why = String((error as Error)?.message ?? error);
    if (cached) {
      deps.log(`could not ask Feishu who the bot is (bot/v3/info: ${why}); using the cached ${cached.openId}`);
      return cached;
    }
    throw new BotIdentityError(
      `could not ask Feishu who the bot is (GET /open-apis/bot/v3/info: ${why}); check FEISHU_APP_ID / FEISHU_APP_SECRET / FEISHU_DOMAIN and that the app has the bot capability (机器人) enabled and published`,
    );
  }
}
