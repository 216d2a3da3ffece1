// Validates a schema-2.0 envelope and reduces the events we use to BotUpdates; other event types are acknowledged and ignored.
import type { BotUpdate } from '../bot/botUpdate.js';
import { fieldProblem, isRecord } from '../checkShape.js';
import { messageContent } from './messageContent.js';

// Checked by hand rather than with zod: this runs on the acknowledging thread, which does not load zod (about 13 MiB
// and 300 ms at start per thread). Each check returns the first problem as `path: expected …`, or undefined; the checks
// of one event are chained with `??` (each runs only if those before it found nothing) rather than passed to firstProblem
// as closures: a dozen closures per delivery, about a seventh of what the acknowledging thread allocated per delivery.
type R = Record<string, unknown>;
const obj = (v: unknown) => v as R;

function headerProblem(header: unknown): string | undefined {
  if (!isRecord(header)) return 'header: expected an object';
  return (
    fieldProblem(header, 'event_id', 'header.event_id', 'nonEmpty') ??
    fieldProblem(header, 'event_type', 'header.event_type', 'nonEmpty') ??
    fieldProblem(header, 'create_time', 'header.create_time', 'string', true) ??
    fieldProblem(header, 'token', 'header.token', 'string')
  );
}

/** Another app's message carries `sender_id: {}` (no open_id) and sender_type "app": read before the ids are required. */
function senderTypeOf(event: R): string | undefined {
  const sender = event.sender;
  return isRecord(sender) && typeof sender.sender_type === 'string' ? sender.sender_type : undefined;
}

function messageEventProblem(e: R): string | undefined {
  const problem =
    fieldProblem(e, 'sender', 'sender', 'object') ??
    fieldProblem(obj(e.sender), 'sender_id', 'sender.sender_id', 'object') ??
    fieldProblem(obj(obj(e.sender).sender_id), 'open_id', 'sender.sender_id.open_id', 'nonEmpty') ??
    fieldProblem(obj(e.sender), 'sender_type', 'sender.sender_type', 'string') ??
    fieldProblem(e, 'message', 'message', 'object');
  if (problem !== undefined) return problem;
  const m = obj(e.message);
  return (
    fieldProblem(m, 'message_id', 'message.message_id', 'nonEmpty') ??
    fieldProblem(m, 'chat_id', 'message.chat_id', 'nonEmpty') ??
    fieldProblem(m, 'chat_type', 'message.chat_type', 'string') ??
    fieldProblem(m, 'message_type', 'message.message_type', 'string') ??
    // Feishu sends content as a JSON *string*.
    fieldProblem(m, 'content', 'message.content', 'string') ??
    fieldProblem(m, 'create_time', 'message.create_time', 'string', true) ??
    fieldProblem(m, 'thread_id', 'message.thread_id', 'string', true) ??
    mentionsProblem(m.mentions)
  );
}

function mentionsProblem(mentions: unknown): string | undefined {
  if (mentions === undefined) return undefined;
  if (!Array.isArray(mentions)) return 'message.mentions: expected an array';
  for (const [i, x] of mentions.entries()) {
    const path = `message.mentions.${i}`;
    if (!isRecord(x)) return `${path}: expected an object`;
    const problem =
      fieldProblem(x, 'key', `${path}.key`, 'string') ??
      fieldProblem(x, 'id', `${path}.id`, 'object') ??
      fieldProblem(obj(x.id), 'open_id', `${path}.id.open_id`, 'string', true) ??
      fieldProblem(x, 'name', `${path}.name`, 'string');
    if (problem) return problem;
  }
  return undefined;
}

/** im.message.recalled_v1: only the message and chat are named, not who recalled it (开发文档 › 消息 › 事件 › 撤回消息). */
function recallEventProblem(e: R): string | undefined {
  return (
    fieldProblem(e, 'message_id', 'message_id', 'nonEmpty') ??
    fieldProblem(e, 'chat_id', 'chat_id', 'nonEmpty') ??
    fieldProblem(e, 'recall_time', 'recall_time', 'string', true) ??
    fieldProblem(e, 'recall_type', 'recall_type', 'string', true)
  );
}

function cardActionProblem(e: R): string | undefined {
  return (
    fieldProblem(e, 'operator', 'operator', 'object') ??
    fieldProblem(obj(e.operator), 'open_id', 'operator.open_id', 'nonEmpty') ??
    fieldProblem(e, 'action', 'action', 'object') ??
    fieldProblem(obj(e.action), 'value', 'action.value', 'object', true) ??
    fieldProblem(obj(e.action), 'form_value', 'action.form_value', 'object', true) ??
    fieldProblem(e, 'context', 'context', 'object') ??
    fieldProblem(obj(e.context), 'open_message_id', 'context.open_message_id', 'nonEmpty') ??
    fieldProblem(obj(e.context), 'open_chat_id', 'context.open_chat_id', 'nonEmpty')
  );
}

function botAddedProblem(e: R): string | undefined {
  return (
    fieldProblem(e, 'chat_id', 'chat_id', 'nonEmpty') ??
    fieldProblem(e, 'name', 'name', 'string', true) ??
    fieldProblem(e, 'operator_id', 'operator_id', 'object', true) ??
    (e.operator_id === undefined ? undefined : fieldProblem(obj(e.operator_id), 'open_id', 'operator_id.open_id', 'nonEmpty'))
  );
}

export type ParsedEvent =
  | { ok: true; update: BotUpdate }
  | { ok: true; ignored: string; eventId?: string }
  | { ok: false; reason: string };

/** What checkEvent finds: the kind of update parseEvent would build, without building it. */
export type CheckedEvent =
  | { ok: true; kind: BotUpdate['kind']; eventId: string }
  | { ok: true; ignored: string; eventId?: string }
  | { ok: false; reason: string };

/**
 * The same verdict as parseEvent (malformed, ignored, or which update) without building the update: the acknowledging
 * thread needs only that, and the event id, before its 200, while the bot thread parses the event again anyway. Building
 * a message's update (its content's JSON, mentions, a Date) was half of parseEvent's 13 µs a delivery.
 */
export function checkEvent(payload: Record<string, unknown>): CheckedEvent {
  if (payload.schema !== '2.0') {
    // v1 events (old apps) carry no schema; nothing we subscribe to uses them.
    return { ok: true, ignored: `v1:${String((payload.event as { type?: unknown })?.type ?? 'unknown')}` };
  }
  const envelopeProblem = headerProblem(payload.header) ?? fieldProblem(payload, 'event', 'event', 'object');
  if (envelopeProblem) return { ok: false, reason: `malformed envelope (${envelopeProblem})` };
  const { event_id: eventId, event_type: type } = payload.header as { event_id: string; event_type: string };
  const event = payload.event as R;
  if (type === 'im.message.receive_v1') {
    const senderType = senderTypeOf(event);
    if (senderType !== undefined && senderType !== 'user') return { ok: true, ignored: `message from sender_type ${senderType}`, eventId };
    const problem = messageEventProblem(event);
    return problem ? { ok: false, reason: `malformed message event (${problem})` } : { ok: true, kind: 'message', eventId };
  }
  if (type === 'im.message.recalled_v1') {
    const problem = recallEventProblem(event);
    return problem ? { ok: false, reason: `malformed recall event (${problem})` } : { ok: true, kind: 'recalled', eventId };
  }
  if (type === 'card.action.trigger') {
    const problem = cardActionProblem(event);
    return problem ? { ok: false, reason: `malformed card action (${problem})` } : { ok: true, kind: 'card_action', eventId };
  }
  if (type === 'im.chat.member.bot.added_v1') {
    const problem = botAddedProblem(event);
    return problem ? { ok: false, reason: `malformed bot-added event (${problem})` } : { ok: true, kind: 'bot_added', eventId };
  }
  return { ok: true, ignored: type, eventId };
}

/** Validates a delivery's payload (checkEvent) and reduces it to the BotUpdate the bot works on. */
export function parseEvent(payload: Record<string, unknown>): ParsedEvent {
  const checked = checkEvent(payload);
  if (!checked.ok || 'ignored' in checked) return checked;
  const header = payload.header as { event_id: string; event_type: string; create_time?: string };
  const event = payload.event as R;
  const { eventId } = checked;

  if (checked.kind === 'message') {
    const sender = event.sender as { sender_id: { open_id: string } };
    const m = event.message as {
      message_id: string; chat_id: string; chat_type: string; message_type: string; content: string; create_time?: string; thread_id?: string;
      mentions?: { key: string; id: { open_id?: string }; name: string }[];
    };
    const content = messageContent(m.message_type, m.content);
    return {
      ok: true,
      update: {
        kind: 'message',
        eventId,
        messageId: m.message_id,
        chatId: m.chat_id,
        chatType: m.chat_type === 'p2p' ? 'p2p' : 'group',
        senderOpenId: sender.sender_id.open_id,
        messageType: m.message_type,
        text: content.text,
        attachment: content.attachment,
        ...(content.attachments && content.attachments.length > 1 ? { attachments: content.attachments } : {}),
        ...(m.thread_id ? { threadId: m.thread_id } : {}),
        mentions: (m.mentions ?? []).map((x) => ({ key: x.key, openId: x.id.open_id, name: x.name })),
        sentAt: new Date(Number(m.create_time ?? header.create_time ?? 0)),
      },
    };
  }
  if (checked.kind === 'recalled') {
    return { ok: true, update: { kind: 'recalled', eventId, messageId: event.message_id as string, chatId: event.chat_id as string } };
  }
  if (checked.kind === 'card_action') {
    const action = event.action as { value?: Record<string, unknown>; form_value?: Record<string, unknown> };
    const context = event.context as { open_message_id: string; open_chat_id: string };
    return {
      ok: true,
      update: {
        kind: 'card_action',
        eventId,
        operatorOpenId: (event.operator as { open_id: string }).open_id,
        messageId: context.open_message_id,
        chatId: context.open_chat_id,
        value: action.value ?? {},
        formValue: action.form_value,
      },
    };
  }
  return {
    ok: true,
    update: {
      kind: 'bot_added',
      eventId,
      chatId: event.chat_id as string,
      chatName: event.name as string | undefined,
      operatorOpenId: (event.operator_id as { open_id: string } | undefined)?.open_id,
    },
  };
}
