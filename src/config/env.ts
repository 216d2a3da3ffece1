// Environment variables (the operator's secrets and paths); without FEISHU_APP_ID the bot runs on the local emulator.
import { z } from 'zod';
import { APP_ID_PATTERN } from '../feishu/appIdPattern.js';
import { ConfigError } from './configError.js';

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
   * When Feishu gets its acknowledgement (EVENT_JOURNAL_SYNC): 'written' (default, also when absent) once the event is written to
   * events.jsonl, fdatasync'ed right behind (survives a crash of 清风, not a power cut in the same milliseconds);
   * 'synced' once fdatasync'ed (also survives a power cut; several times fewer acknowledgements per second on a slow disk).
   */
  journalDurability?: 'written' | 'synced';
}

const schema = z.object({
  FEISHU_APP_ID: z.string().optional(),
  FEISHU_APP_SECRET: z.string().optional(),
  FEISHU_VERIFICATION_TOKEN: z.string().optional(),
  FEISHU_ENCRYPT_KEY: z.string().optional(),
  FEISHU_EVENT_MODE: z.enum(['webhook', 'ws'], { message: 'expected webhook or ws' }).default('webhook'),
  FEISHU_DOMAIN: z.url({ message: 'expected a URL such as https://open.feishu.cn' }).default('https://open.feishu.cn'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  CONFIG_DIR: z.string().min(1).default('./config'),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  RETAIN_REPORT_TEXT: z.enum(['0', '1', 'false', 'true'], { message: 'expected 1 or 0' }).default('0'),
  EVENT_JOURNAL_SYNC: z.enum(['written', 'synced'], { message: 'expected written or synced' }).default('written'),
});

export function loadEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError('environment', String(issue.path[0] ?? ''), issue.message);
  }
  const e = parsed.data;
  const base = { port: e.PORT, host: e.HOST, dataDir: e.DATA_DIR, configDir: e.CONFIG_DIR, emulatorPort: e.EMULATOR_PORT,
    retainReportText: e.RETAIN_REPORT_TEXT === '1' || e.RETAIN_REPORT_TEXT === 'true',
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
