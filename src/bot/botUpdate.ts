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
  /** image_key / file_key of an image or file message, or the first image of a rich-text post. */
  attachment?: { kind: 'image' | 'file'; key: string; name?: string };
  /** Every image of a post that has more than one. */
  attachments?: { kind: 'image' | 'file'; key: string; name?: string }[];
  /** The topic (话题) the message belongs to, in a topic group or a thread. */
  threadId?: string;
  sentAt: Date;
  /**
   * The message may have been processed before (recovered from the event journal after a stop or kill -9 before its
   * done mark, or tried again after a failed write): its replies may already be at Feishu, each by the API it took.
   * They never newly spill into 发送消息 (src/bot/botContext.ts replyRoute, SendOptions.replay).
   */
  replay?: boolean;
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

/** A member recalled (撤回) a message: only its id and chat are known, not who recalled it. */
export interface RecalledUpdate {
  kind: 'recalled';
  eventId: string;
  messageId: string;
  chatId: string;
}

export type BotUpdate = MessageUpdate | CardActionUpdate | BotAddedUpdate | RecalledUpdate;

/** The answer to a card callback, sent back in the HTTP response (Feishu waits at most 3 s). */
export interface CardActionResponse {
  toast?: { type: 'success' | 'info' | 'warning' | 'error'; content: string };
  card?: { type: 'raw'; data: object };
}
