// Schema 2.0 event envelopes exactly as Feishu delivers them (im.message.receive_v1, card.action.trigger, bot added, URL check).
import { createHash } from 'node:crypto';
import { newCardToken, newEventId, newMessageId, p2pChatIdFor } from './feishuIds.js';

export interface EventContext {
  appId: string;
  tenantKey: string;
  /** Goes into header.token, which receivers compare with their verification token. */
  verificationToken: string;
  now: () => Date;
  /** The user_id / union_id Feishu would put next to an open_id. */
  idsOf?: (openId: string) => { userId?: string; unionId?: string };
}

export interface MentionInput {
  /** The placeholder used in the text, e.g. `@_user_1`; `@_all` for 「@所有人」. */
  key: string;
  /** Absent for 「@所有人」: Feishu then sends empty ids. */
  openId?: string;
  name: string;
}

/** 「@所有人」 as Feishu delivers it: key `@_all`, every id empty. */
export const MENTION_ALL: MentionInput = { key: '@_all', name: '所有人' };

export interface MessageEventInput {
  eventId?: string;
  messageId?: string;
  senderOpenId: string;
  /** Required for groups; for p2p defaults to the sender's stable p2p chat. */
  chatId?: string;
  chatType: 'p2p' | 'group';
  /** The text, with `@_user_N` placeholders for mentions. */
  text?: string;
  /** Content for non-text messages, e.g. `{file_key, file_name}`; serialised to a JSON string. */
  content?: Record<string, unknown>;
  mentions?: MentionInput[];
  messageType?: string;
  createTime?: Date;
  parentId?: string;
  rootId?: string;
  /** The topic the message is in (topic groups, threads). */
  threadId?: string;
  /** `app`: a message from another bot, which Feishu sends with `sender_id: {}` (no ids at all). */
  senderType?: 'user' | 'app';
}

export interface RecallInput {
  eventId?: string;
  messageId: string;
  chatId: string;
  /** Who recalled it: the sender (default), or a group owner / manager. */
  recallType?: 'message_owner' | 'group_owner' | 'group_manager' | 'enterprise_manager';
}

/** A rich-text post's content: lines of text and images, as Feishu delivers a photo sent with a caption. */
export function postContent(title: string, lines: ({ text: string } | { imageKey: string })[][]): Record<string, unknown> {
  return {
    title,
    content: lines.map((line) =>
      line.map((n) => ('imageKey' in n ? { tag: 'img', image_key: n.imageKey, width: 1280, height: 960 } : { tag: 'text', text: n.text, style: [] })),
    ),
  };
}

export interface CardActionInput {
  eventId?: string;
  operatorOpenId: string;
  messageId: string;
  chatId: string;
  value?: Record<string, unknown>;
  formValue?: Record<string, unknown>;
  tag?: string;
  name?: string;
  option?: string;
  inputValue?: string;
}

export interface BotAddedInput {
  eventId?: string;
  chatId: string;
  chatName: string;
  operatorOpenId: string;
}

/** Deterministic stand-ins so the same open_id always carries the same union_id / user_id. */
function userIds(ctx: EventContext, openId: string): { union_id: string; user_id: string; open_id: string } {
  const known = ctx.idsOf?.(openId) ?? {};
  const digest = createHash('sha256').update(openId).digest('hex');
  return {
    union_id: known.unionId ?? `on_${digest.slice(0, 32)}`,
    user_id: known.userId ?? digest.slice(32, 40),
    open_id: openId,
  };
}

function header(ctx: EventContext, eventType: string, eventId: string | undefined, at: Date): Record<string, string> {
  return {
    event_id: eventId ?? newEventId(),
    event_type: eventType,
    create_time: String(at.getTime()),
    token: ctx.verificationToken,
    app_id: ctx.appId,
    tenant_key: ctx.tenantKey,
  };
}

export function buildMessageEvent(ctx: EventContext, input: MessageEventInput): Record<string, unknown> {
  const at = input.createTime ?? ctx.now();
  const chatId = input.chatId ?? (input.chatType === 'p2p' ? p2pChatIdFor(input.senderOpenId) : undefined);
  if (!chatId) throw new Error('a group message event needs a chatId');
  const messageType = input.messageType ?? 'text';
  const content = input.content ?? { text: input.text ?? '' };
  const mentions = (input.mentions ?? []).map((m) => ({
    key: m.key,
    id: m.openId ? userIds(ctx, m.openId) : { union_id: '', user_id: '', open_id: '' },
    name: m.name,
    tenant_key: ctx.tenantKey,
  }));
  return {
    schema: '2.0',
    header: header(ctx, 'im.message.receive_v1', input.eventId, at),
    event: {
      sender:
        input.senderType === 'app'
          ? { sender_id: {}, sender_type: 'app', tenant_key: ctx.tenantKey }
          : { sender_id: userIds(ctx, input.senderOpenId), sender_type: 'user', tenant_key: ctx.tenantKey },
      message: {
        message_id: input.messageId ?? newMessageId(),
        ...(input.rootId ? { root_id: input.rootId } : {}),
        ...(input.parentId ? { parent_id: input.parentId } : {}),
        ...(input.threadId ? { thread_id: input.threadId } : {}),
        create_time: String(at.getTime()),
        update_time: String(at.getTime()),
        chat_id: chatId,
        chat_type: input.chatType,
        message_type: messageType,
        // Feishu delivers content as a JSON *string*, never as an object.
        content: JSON.stringify(content),
        ...(mentions.length > 0 ? { mentions } : {}),
        user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Lark/7.30.0 (qingfeng-emulator)',
      },
    },
  };
}

/** im.message.recalled_v1: only the message, its chat, when and by whom in general terms — not the member's id. */
export function buildRecallEvent(ctx: EventContext, input: RecallInput): Record<string, unknown> {
  const at = ctx.now();
  return {
    schema: '2.0',
    header: header(ctx, 'im.message.recalled_v1', input.eventId, at),
    event: {
      message_id: input.messageId,
      chat_id: input.chatId,
      recall_time: String(at.getTime()),
      recall_type: input.recallType ?? 'message_owner',
    },
  };
}

export function buildCardActionEvent(ctx: EventContext, input: CardActionInput): Record<string, unknown> {
  const at = ctx.now();
  return {
    schema: '2.0',
    header: header(ctx, 'card.action.trigger', input.eventId, at),
    event: {
      operator: { tenant_key: ctx.tenantKey, ...userIds(ctx, input.operatorOpenId) },
      // A callback token that allows one delayed card update within 30 minutes.
      token: newCardToken(),
      action: {
        value: input.value ?? {},
        tag: input.tag ?? 'button',
        ...(input.name ? { name: input.name } : {}),
        ...(input.formValue ? { form_value: input.formValue } : {}),
        ...(input.option ? { option: input.option } : {}),
        ...(input.inputValue !== undefined ? { input_value: input.inputValue } : {}),
        timezone: 'Asia/Shanghai',
      },
      host: 'im_message',
      context: { open_message_id: input.messageId, open_chat_id: input.chatId },
    },
  };
}

export function buildBotAddedEvent(ctx: EventContext, input: BotAddedInput): Record<string, unknown> {
  return {
    schema: '2.0',
    header: header(ctx, 'im.chat.member.bot.added_v1', input.eventId, ctx.now()),
    event: {
      chat_id: input.chatId,
      operator_id: userIds(ctx, input.operatorOpenId),
      external: false,
      operator_tenant_key: ctx.tenantKey,
      name: input.chatName,
      i18n_names: { zh_cn: input.chatName },
    },
  };
}

/** The URL check Feishu sends when an event URL is saved in the console (unsigned, maybe encrypted). */
export function urlVerification(token: string, challenge: string): Record<string, unknown> {
  return { challenge, token, type: 'url_verification' };
}
