// Everything the bot needs, passed in by main.ts (or a test): no module-level singletons.
import type { Duty } from '../domain/duty.js';
import type { Directory } from '../domain/organization.js';
import type { FeishuClient } from '../feishu/feishuTypes.js';
import type { Store } from '../store/openStore.js';
import type { LedgerIndex } from './createLedgerIndex.js';

export interface BotDeps {
  directory: Directory;
  duties: Duty[];
  store: Store;
  ledger: LedgerIndex;
  feishu: Pick<FeishuClient, 'reply' | 'send' | 'patchCard' | 'uploadFile'>;
  now: () => Date;
  log: (line: string) => void;
  /** The bot's own open_id, to tell an @mention of the bot from one of a colleague. */
  botOpenId?: string;
}
