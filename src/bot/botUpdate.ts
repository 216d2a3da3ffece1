// What the bot receives: a Feishu event already verified, decrypted and reduced to what handlers need.
import type { Mention } from '../domain/report/draft.js';

export interface MessageUpdate {
  kind: 'message';
  eventId: string;
  messageId: string;
  chatId: string;
  chatType: 'p2p' | 'group';
  senderOpenId: string;
  /** text, post, image, file, sticker, … */
  messageType: string;
  /** Plain text with @_user_N placeholders kept (the parser maps them through `mentions`). Empty for non-text. */
  text: string;
  mentions: Mention[];
  /** image_key / file_key of an image or file message. */
  attachment?: { kind: 'image' | 'file'; key: string; name?: string };
  sentAt: Date;
}

export interface CardActionUpdate {
  kind: 'card_action';
  eventId: string;
  operatorOpenId: string;
  messageId: string;
  chatId: string;
  value: Record<string, unknown>;
  formValue?: Record<string, unknown>;
}

export interface BotAddedUpdate {
  kind: 'bot_added';
  eventId: string;
  chatId: string;
  chatName?: string;
  operatorOpenId?: string;
}

export type BotUpdate = MessageUpdate | CardActionUpdate | BotAddedUpdate;

/** The answer to a card callback, sent back in the HTTP response (Feishu waits at most 3 s). */
export interface CardActionResponse {
  toast?: { type: 'success' | 'info' | 'warning' | 'error'; content: string };
  card?: { type: 'raw'; data: object };
}
