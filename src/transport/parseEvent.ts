// Validates a schema-2.0 envelope and reduces the events we use to BotUpdates; other event types are acknowledged and ignored.
import { z } from 'zod';
import type { BotUpdate } from '../bot/botUpdate.js';
import { messageContent } from './messageContent.js';

const header = z.object({
  event_id: z.string().min(1),
  event_type: z.string().min(1),
  create_time: z.string().optional(),
  token: z.string(),
});

const envelope = z.object({ schema: z.literal('2.0'), header, event: z.record(z.string(), z.unknown()) });

const userId = z.object({ open_id: z.string().min(1) });

// Another app's message carries `sender_id: {}` (no open_id) and sender_type "app": checked before the ids are required.
const senderOnly = z.object({ sender: z.object({ sender_type: z.string() }) });

const messageEvent = z.object({
  sender: z.object({ sender_id: userId, sender_type: z.string() }),
  message: z.object({
    message_id: z.string().min(1),
    chat_id: z.string().min(1),
    chat_type: z.string(),
    message_type: z.string(),
    // Feishu sends content as a JSON *string*.
    content: z.string(),
    create_time: z.string().optional(),
    thread_id: z.string().optional(),
    mentions: z
      .array(z.object({ key: z.string(), id: z.object({ open_id: z.string().optional() }), name: z.string() }))
      .optional(),
  }),
});

/** im.message.recalled_v1: only the message and chat are named, not who recalled it (开发文档 › 消息 › 事件 › 撤回消息). */
const recallEvent = z.object({
  message_id: z.string().min(1),
  chat_id: z.string().min(1),
  recall_time: z.string().optional(),
  recall_type: z.string().optional(),
});

const cardActionEvent = z.object({
  operator: userId,
  action: z.object({
    value: z.record(z.string(), z.unknown()).optional(),
    form_value: z.record(z.string(), z.unknown()).optional(),
  }),
  context: z.object({ open_message_id: z.string().min(1), open_chat_id: z.string().min(1) }),
});

const botAddedEvent = z.object({
  chat_id: z.string().min(1),
  name: z.string().optional(),
  operator_id: userId.optional(),
});

export type ParsedEvent =
  | { ok: true; update: BotUpdate }
  | { ok: true; ignored: string; eventId?: string }
  | { ok: false; reason: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}

export function parseEvent(payload: Record<string, unknown>): ParsedEvent {
  if (payload.schema !== '2.0') {
    // v1 events (old apps) carry no schema; nothing we subscribe to uses them.
    return { ok: true, ignored: `v1:${String((payload.event as { type?: unknown })?.type ?? 'unknown')}` };
  }
  const env = envelope.safeParse(payload);
  if (!env.success) return { ok: false, reason: `malformed envelope (${firstIssue(env.error)})` };
  const { event_id: eventId, event_type: type } = env.data.header;

  if (type === 'im.message.receive_v1') {
    const from = senderOnly.safeParse(env.data.event);
    if (from.success && from.data.sender.sender_type !== 'user') return { ok: true, ignored: `message from sender_type ${from.data.sender.sender_type}`, eventId };
    const e = messageEvent.safeParse(env.data.event);
    if (!e.success) return { ok: false, reason: `malformed message event (${firstIssue(e.error)})` };
    const m = e.data.message;
    const content = messageContent(m.message_type, m.content);
    return {
      ok: true,
      update: {
        kind: 'message',
        eventId,
        messageId: m.message_id,
        chatId: m.chat_id,
        chatType: m.chat_type === 'p2p' ? 'p2p' : 'group',
        senderOpenId: e.data.sender.sender_id.open_id,
        messageType: m.message_type,
        text: content.text,
        attachment: content.attachment,
        ...(content.attachments && content.attachments.length > 1 ? { attachments: content.attachments } : {}),
        ...(m.thread_id ? { threadId: m.thread_id } : {}),
        mentions: (m.mentions ?? []).map((x) => ({ key: x.key, openId: x.id.open_id, name: x.name })),
        sentAt: new Date(Number(m.create_time ?? env.data.header.create_time ?? 0)),
      },
    };
  }
  if (type === 'im.message.recalled_v1') {
    const e = recallEvent.safeParse(env.data.event);
    if (!e.success) return { ok: false, reason: `malformed recall event (${firstIssue(e.error)})` };
    return { ok: true, update: { kind: 'recalled', eventId, messageId: e.data.message_id, chatId: e.data.chat_id } };
  }
  if (type === 'card.action.trigger') {
    const e = cardActionEvent.safeParse(env.data.event);
    if (!e.success) return { ok: false, reason: `malformed card action (${firstIssue(e.error)})` };
    return {
      ok: true,
      update: {
        kind: 'card_action',
        eventId,
        operatorOpenId: e.data.operator.open_id,
        messageId: e.data.context.open_message_id,
        chatId: e.data.context.open_chat_id,
        value: e.data.action.value ?? {},
        formValue: e.data.action.form_value,
      },
    };
  }
  if (type === 'im.chat.member.bot.added_v1') {
    const e = botAddedEvent.safeParse(env.data.event);
    if (!e.success) return { ok: false, reason: `malformed bot-added event (${firstIssue(e.error)})` };
    return {
      ok: true,
      update: { kind: 'bot_added', eventId, chatId: e.data.chat_id, chatName: e.data.name, operatorOpenId: e.data.operator_id?.open_id },
    };
  }
  return { ok: true, ignored: type, eventId };
}
