// Environment variables (the operator's secrets and paths); without FEISHU_APP_ID the bot runs on the local emulator.
import { z } from 'zod';
import { ConfigError } from './configError.js';

export interface Env {
  /** Undefined means demo mode: the bot starts the project's Feishu emulator on 127.0.0.1. */
  feishu?: {
    appId: string;
    appSecret: string;
    verificationToken: string;
    encryptKey?: string;
    domain: string;
  };
  port: number;
  host: string;
  dataDir: string;
  configDir: string;
  /** Demo mode: where the local Feishu emulator listens on 127.0.0.1. */
  emulatorPort: number;
  /** Keep the member's own words with each record (off: talks can be confidential). */
  retainReportText: boolean;
}

const schema = z.object({
  FEISHU_APP_ID: z.string().optional(),
  FEISHU_APP_SECRET: z.string().optional(),
  FEISHU_VERIFICATION_TOKEN: z.string().optional(),
  FEISHU_ENCRYPT_KEY: z.string().optional(),
  FEISHU_DOMAIN: z.url({ message: 'expected a URL such as https://open.feishu.cn' }).default('https://open.feishu.cn'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  CONFIG_DIR: z.string().min(1).default('./config'),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  RETAIN_REPORT_TEXT: z.enum(['0', '1', 'false', 'true'], { message: 'expected 1 or 0' }).default('0'),
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
  };
  if (!e.FEISHU_APP_ID) return base;
  for (const name of ['FEISHU_APP_SECRET', 'FEISHU_VERIFICATION_TOKEN'] as const) {
    if (!e[name]) {
      throw new ConfigError('environment', name, `required when FEISHU_APP_ID is set (see .env.example and the README)`);
    }
  }
  return {
    ...base,
    feishu: {
      appId: e.FEISHU_APP_ID,
      appSecret: e.FEISHU_APP_SECRET!,
      verificationToken: e.FEISHU_VERIFICATION_TOKEN!,
      encryptKey: e.FEISHU_ENCRYPT_KEY,
      domain: e.FEISHU_DOMAIN.replace(/\/+$/, ''),
    },
  };
}
