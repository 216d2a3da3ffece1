// What the acknowledging thread and the bot thread say to each other (structured-clone data only).
import type { CardActionResponse, CardActionUpdate } from '../bot/botUpdate.js';
import type { Env } from '../config/env.js';
import type { ParsedYaml } from '../config/parsedYaml.js';
import type { Organization } from '../domain/organization.js';
import type { StoreHealth } from '../store/openStore.js';

/** What the bot thread starts with (its first message). */
export interface BotThreadData {
  env: Env;
  /** Feishu's credentials and address (the demo's emulator in demo mode). */
  feishu: NonNullable<Env['feishu']>;
  demo: boolean;
  demoData?: boolean;
  acceptPastChanges?: boolean;
  /** CONFIG_DIR's YAML, parsed on another thread while this one loaded its modules (src/thread/parseConfigAhead.ts). */
  parsedConfig?: ParsedYaml[];
}

/** An error as it crosses the thread boundary: its message, code and stack; `refusal` see src/startRefusal.ts. */
export interface ThreadError {
  name: string;
  message: string;
  code?: string;
  stack?: string;
  refusal: boolean;
  /** The event stays not-done and is tried again (the bot's isTransient). */
  transient?: boolean;
}

export type ToBotThread =
  | { t: 'start'; data: BotThreadData }
  /**
   * The payload as an object, or as the JSON text it was delivered as (cheaper to send across; parsed here); `replay`:
   * it may have been processed before (BotPort.process).
   */
  | ({ t: 'event'; id: number; eventId: string; replay?: true } & ({ payload: Record<string, unknown> } | { json: string }))
  | { t: 'card'; id: number; update: CardActionUpdate }
  | { t: 'run' }
  | { t: 'stopScheduler'; id: number }
  | { t: 'close'; id: number };

export type FromBotThread =
  | { t: 'ready'; store: StoreHealth }
  | { t: 'failed'; error: ThreadError }
  | { t: 'log'; line: string }
  | { t: 'health'; store: StoreHealth }
  /** A 重新加载配置 changed the directory: the demo's emulator learns it. */
  | { t: 'directory'; org: Organization }
  | { t: 'done'; id: number; error?: ThreadError; store: StoreHealth }
  | { t: 'card'; id: number; answer?: CardActionResponse; error?: ThreadError; store: StoreHealth }
  /** stopScheduler or close finished (with what it threw, if it did). */
  | { t: 'ack'; id: number; error?: ThreadError };
