// Everything the bot needs, passed in by main.ts (or a test): no module-level singletons.
import type { ConfigHolder } from '../config/configHolder.js';
import type { Duty } from '../domain/duty.js';
import type { Directory } from '../domain/organization.js';
import type { FeishuClient } from '../feishu/feishuTypes.js';
import type { FeishuDirectory } from '../feishu/readFeishuDirectory.js';
import type { ReminderRuntime } from '../domain/reminders/runtime.js';
import type { Outbox } from '../outbox/outboxTypes.js';
import type { Store } from '../store/openStore.js';
import type { LedgerIndex } from '../store/createLedgerIndex.js';

export interface BotDeps {
  directory: Directory;
  duties: Duty[];
  store: Store;
  ledger: LedgerIndex;
  feishu: Pick<FeishuClient, 'reply' | 'send' | 'patchCard' | 'uploadFile'>;
  now: () => Date;
  log: (line: string) => void;
  /** Keep the member's message text with each record it created (RETAIN_REPORT_TEXT). */
  retainReportText?: boolean;
  /** The bot's own open_id, to tell an @mention of the bot from one of a colleague. */
  botOpenId?: string;
  /**
   * The live config behind `directory` and `duties` (see withLiveConfig), for 重新加载配置;
   * absent when the bot was built from a fixed config (most tests).
   */
  config?: ConfigHolder;
  /** Reminder settings and holiday calendar, for the inspectors' 提醒 commands. */
  reminders?: ReminderRuntime;
  /** Reads Feishu's directory (contact/v3) for 通讯录差异; absent when the bot cannot reach it. */
  readDirectory?: () => Promise<FeishuDirectory>;
  /** Where the bot's own (non-reply) sends go: reminders, test reminders. */
  outbox?: Pick<Outbox, 'enqueue'>;
}
