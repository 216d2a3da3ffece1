// Environment variables (the operator's secrets and paths); without FEISHU_APP_ID the bot runs on the local emulator.
import { APP_ID_PATTERN } from '../feishu/appIdPattern.js';
import { ConfigError } from './configError.js';

/** The local Feishu emulator's port when EMULATOR_PORT is not set; `npm run say` assumes it too. */
export const DEFAULT_EMULATOR_PORT = 3001;

export interface Env {
  /** Undefined means demo mode: the bot starts the project's Feishu emulator on 127.0.0.1. */
  feishu?: {
    appId: string;
    appSecret: string;
    /** Empty in long-connection mode when not set: the connection is authenticated, the webhook is then closed. */
    verificationToken: string;
    encryptKey?: string;
    domain: string;
  };
  /** How events arrive: `webhook` (POST /feishu/events, /feishu/card; the default) or `ws` (the SDK's long connection, 长连接). */
  eventMode?: 'webhook' | 'ws';
  port: number;
  host: string;
  dataDir: string;
  configDir: string;
  /** Demo mode: where the local Feishu emulator listens on 127.0.0.1. */
  emulatorPort: number;
  /** Keep the member's own words with each record (off: talks can be confidential). */
  retainReportText: boolean;
  /**
   * REPLY_SPILL (default 1, also when absent here; 0 turns it off): a reply in a p2p chat may go as a 发送消息 when 回复消息's
   * window is full (src/outbox/createLimitedSender.ts; issue 14: 50 replies a second). A message processed again (after
   * a kill -9 before its done mark, or a failed write) never newly spills, as its reply may have gone by 回复消息 and
   * Feishu de-duplicates a uuid per API (MessageUpdate.replay); a spilled reply's replay goes by 发送消息 again
   * (DATA_DIR/replies-spilled.jsonl, read with the spill off too).
   */
  replySpill?: boolean;
  /**
   * When Feishu gets its acknowledgement (EVENT_JOURNAL_SYNC): 'written' (default, also when absent) once the event is written to
   * events.jsonl, fdatasync'ed right behind (survives a crash of 清风, not a power cut in the same milliseconds);
   * 'synced' once fdatasync'ed (also survives a power cut; several times fewer acknowledgements per second on a slow disk).
   */
  journalDurability?: 'written' | 'synced';
}

/** The variables read, their defaults and what each must be; checked by hand: the acknowledging thread does not load zod. */
interface RawEnv {
  FEISHU_APP_ID?: string;
  FEISHU_APP_SECRET?: string;
  FEISHU_VERIFICATION_TOKEN?: string;
  FEISHU_ENCRYPT_KEY?: string;
  FEISHU_EVENT_MODE: 'webhook' | 'ws';
  FEISHU_DOMAIN: string;
  PORT: number;
  HOST: string;
  DATA_DIR: string;
  CONFIG_DIR: string;
  EMULATOR_PORT: number;
  RETAIN_REPORT_TEXT: '0' | '1' | 'false' | 'true';
  REPLY_SPILL: '0' | '1' | 'false' | 'true';
  EVENT_JOURNAL_SYNC: 'written' | 'synced';
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T, message: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError('environment', name, message);
}

function portOf(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError('environment', name, `expected a port number from 0 to 65535, got "${value}"`);
  return n;
}

function read(cleaned: Record<string, string>): RawEnv {
  const domain = cleaned.FEISHU_DOMAIN ?? 'https://open.feishu.cn';
  if (!URL.canParse(domain)) throw new ConfigError('environment', 'FEISHU_DOMAIN', 'expected a URL such as https://open.feishu.cn');
  return {
    FEISHU_APP_ID: cleaned.FEISHU_APP_ID,
    FEISHU_APP_SECRET: cleaned.FEISHU_APP_SECRET,
    FEISHU_VERIFICATION_TOKEN: cleaned.FEISHU_VERIFICATION_TOKEN,
    FEISHU_ENCRYPT_KEY: cleaned.FEISHU_ENCRYPT_KEY,
    FEISHU_EVENT_MODE: oneOf('FEISHU_EVENT_MODE', cleaned.FEISHU_EVENT_MODE, ['webhook', 'ws'], 'webhook', 'expected webhook or ws'),
    FEISHU_DOMAIN: domain,
    PORT: portOf('PORT', cleaned.PORT, 3000),
    HOST: cleaned.HOST ?? '0.0.0.0',
    DATA_DIR: cleaned.DATA_DIR ?? './data',
    CONFIG_DIR: cleaned.CONFIG_DIR ?? './config',
    EMULATOR_PORT: portOf('EMULATOR_PORT', cleaned.EMULATOR_PORT, DEFAULT_EMULATOR_PORT),
    RETAIN_REPORT_TEXT: oneOf('RETAIN_REPORT_TEXT', cleaned.RETAIN_REPORT_TEXT, ['0', '1', 'false', 'true'], '0', 'expected 1 or 0'),
    REPLY_SPILL: oneOf('REPLY_SPILL', cleaned.REPLY_SPILL, ['0', '1', 'false', 'true'], '1', 'expected 1 or 0'),
    EVENT_JOURNAL_SYNC: oneOf('EVENT_JOURNAL_SYNC', cleaned.EVENT_JOURNAL_SYNC, ['written', 'synced'], 'written', 'expected written or synced'),
  };
}

/**
 * The environment as the bot uses it; empty values count as unset. Throws ConfigError naming the variable and what it
 * must be (a port, a URL, one of the listed values, a secret required with FEISHU_APP_ID).
 */
export function loadEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  const e = read(cleaned);
  const base = { port: e.PORT, host: e.HOST, dataDir: e.DATA_DIR, configDir: e.CONFIG_DIR, emulatorPort: e.EMULATOR_PORT,
    retainReportText: e.RETAIN_REPORT_TEXT === '1' || e.RETAIN_REPORT_TEXT === 'true',
    replySpill: e.REPLY_SPILL === '1' || e.REPLY_SPILL === 'true',
    eventMode: e.FEISHU_EVENT_MODE,
    journalDurability: e.EVENT_JOURNAL_SYNC,
  };
  if (!e.FEISHU_APP_ID) return base;
  if (!e.FEISHU_APP_SECRET) {
    throw new ConfigError('environment', 'FEISHU_APP_SECRET', 'required when FEISHU_APP_ID is set (see .env.example and the README)');
  }
  if (e.FEISHU_EVENT_MODE === 'webhook' && !e.FEISHU_VERIFICATION_TOKEN) {
    throw new ConfigError(
      'environment',
      'FEISHU_VERIFICATION_TOKEN',
      '在 webhook 模式下必填；长连接模式（FEISHU_EVENT_MODE=ws）不需要 / required in webhook mode (see .env.example); ' +
        'not needed with FEISHU_EVENT_MODE=ws, where the long connection is authenticated',
    );
  }
  // WSClient.start() silently does nothing for any other shape (node-sdk 1.74), so say it here.
  if (e.FEISHU_EVENT_MODE === 'ws' && !APP_ID_PATTERN.test(e.FEISHU_APP_ID)) {
    throw new ConfigError(
      'environment',
      'FEISHU_APP_ID',
      `应为 cli_ 加 16 位十六进制数字，见开发者后台「凭证与基础信息」/ expected cli_ followed by 16 hex digits (the App ID in 凭证与基础信息); got "${e.FEISHU_APP_ID}"`,
    );
  }
  return {
    ...base,
    feishu: {
      appId: e.FEISHU_APP_ID,
      appSecret: e.FEISHU_APP_SECRET!,
      verificationToken: e.FEISHU_VERIFICATION_TOKEN ?? '',
      encryptKey: e.FEISHU_ENCRYPT_KEY,
      domain: e.FEISHU_DOMAIN.replace(/\/+$/, ''),
    },
  };
}
