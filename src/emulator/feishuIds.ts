// Identifiers shaped like Feishu's (om_/oc_/ou_ + 32 hex, t- tokens, 32-hex event ids) so parsers see realistic input.
import { createHash, randomBytes } from 'node:crypto';

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export const newMessageId = (): string => `om_${hex(16)}`;
export const newOpenId = (): string => `ou_${hex(16)}`;
export const newEventId = (): string => hex(16);
export const newTenantToken = (): string => `t-${hex(20)}`;
export const newLogId = (): string => hex(17).toUpperCase();
export const newFileKey = (): string => `file_v3_00${hex(2)}_${hex(4)}-${hex(2)}-${hex(2)}-${hex(2)}-${hex(6)}g`;
export const newCardToken = (): string => `c-${hex(20)}`;
export const newImageKey = (): string => `img_v3_02${hex(2)}_${hex(4)}-${hex(2)}-${hex(2)}-${hex(2)}-${hex(6)}g`;
/** A topic (话题) id, as Feishu puts in `thread_id`. */
export const newThreadId = (): string => `omt_${hex(8)}`;

/** A stable p2p chat id per user, so the same conversation keeps one chat id as in Feishu. */
export function p2pChatIdFor(openId: string): string {
  return `oc_${createHash('sha256').update(`p2p:${openId}`).digest('hex').slice(0, 32)}`;
}
