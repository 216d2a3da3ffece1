// im/v1 messages: send, reply and card update, with uuid de-duplication, size limits and send rate limits.
import type { Hono } from 'hono';
import { describeSent } from './describeSent.js';
import { type EmulatorContext, type EmulatorEnv, answer, isRecord, ok } from './emulatorEnv.js';
import { type EmulatorState, type StoredMessage, findUser } from './emulatorState.js';
import { newMessageId, newThreadId, p2pChatIdFor } from './feishuIds.js';
import { type OpenApiErrorAnswer, fieldViolation, openApiError } from './openApiErrors.js';
import type { RateLimiter } from './rateLimiter.js';
import { validateMessageContent } from './validateMessageContent.js';

const RECEIVE_ID_TYPES = new Set(['open_id', 'user_id', 'union_id', 'email', 'chat_id']);
const UUID_TTL_MS = 3600_000;
const UUID_MAX = 50;

export function messageData(state: EmulatorState, m: StoredMessage): Record<string, unknown> {
  const sender =
    m.sender.type === 'app'
      ? { id: state.appId, id_type: 'app_id', sender_type: 'app', tenant_key: state.tenantKey }
      : { id: m.sender.openId, id_type: 'open_id', sender_type: 'user', tenant_key: state.tenantKey };
  return {
    message_id: m.messageId,
    ...(m.rootId ? { root_id: m.rootId } : {}),
    ...(m.parentId ? { parent_id: m.parentId } : {}),
    msg_type: m.msgType,
    create_time: String(m.createTime),
    update_time: String(m.updateTime),
    deleted: m.deleted ?? false,
    ...(m.threadId ? { thread_id: m.threadId } : {}),
    updated: m.updated,
    chat_id: m.chatId ?? '',
    sender,
    body: { content: m.content },
  };
}

interface Outgoing {
  kind: 'send' | 'reply';
  chatId?: string;
  /** What the per-receiver limit counts against: the chat, or the parent message when its chat is unknown. */
  receiverKey: string;
  receiveIdType?: string;
  receiveId?: string;
  replyTo?: string;
  rootId?: string;
  threadId?: string;
}

function createBotMessage(c: EmulatorContext, state: EmulatorState, limiter: RateLimiter, out: Outgoing): Response {
  // The gateway counts the call first, whatever the service answers after (rateLimiter.ts: admitCall).
  const call = limiter.admitCall(out.kind);
  if (!call.ok && call.refused === 'app') {
    return answer(c, openApiError('rateLimited'), { 'x-ogw-ratelimit-limit': String(call.limit), 'x-ogw-ratelimit-reset': String(call.resetSeconds) });
  }
  const body = c.get('body');
  const data = isRecord(body) ? body : {};
  const uuid = data.uuid;
  if (uuid !== undefined && (typeof uuid !== 'string' || uuid.length > UUID_MAX)) {
    return answer(c, fieldViolation('uuid', `uuid must be a string of at most ${UUID_MAX} characters`));
  }
  const check = validateMessageContent(state, data.msg_type, data.content);
  if (!check.ok) return answer(c, check.error);

  const now = state.now().getTime();
  // Per API, as Feishu documents it: 发送消息's uuid 「用于在发送消息时请求去重」, 回复消息's for replies; the same uuid sent
  // by the other API is another message (so a client must not retry a reply by the other API).
  const key = typeof uuid === 'string' ? `${out.kind}:${uuid}` : undefined;
  const seen = key !== undefined ? state.uuids.get(key) : undefined;
  const first = seen && now - seen.at < UUID_TTL_MS ? state.messages.get(seen.messageId) : undefined;
  if (first) return ok(c, messageData(state, first));

  if (!limiter.admitReceiver(out.receiverKey).ok) return answer(c, openApiError('frequencyLimit'));

  const stored: StoredMessage = {
    messageId: newMessageId(),
    chatId: out.chatId,
    msgType: String(data.msg_type),
    content: String(data.content),
    sender: { type: 'app' },
    rootId: out.rootId,
    parentId: out.replyTo,
    threadId: out.threadId,
    createTime: now,
    updateTime: now,
    updated: false,
  };
  state.messages.set(stored.messageId, stored);
  if (key !== undefined) state.uuids.set(key, { messageId: stored.messageId, at: now });
  const sent = {
    messageId: stored.messageId,
    kind: out.kind,
    ...(out.receiveIdType ? { receiveIdType: out.receiveIdType, receiveId: out.receiveId } : {}),
    ...(out.replyTo ? { replyTo: out.replyTo } : {}),
    ...(out.chatId ? { chatId: out.chatId } : {}),
    msgType: stored.msgType,
    content: check.parsed,
    ...(typeof uuid === 'string' ? { uuid } : {}),
    ...(out.threadId ? { threadId: out.threadId } : {}),
    at: state.now(),
  };
  state.sent.push(sent);
  state.log?.(describeSent(state, sent).line);
  return ok(c, messageData(state, stored));
}

function resolveReceiver(state: EmulatorState, idType: string, id: string): { chatId: string } | OpenApiErrorAnswer {
  if (idType === 'chat_id') {
    // A bot is a member of its p2p chat with every user, so their chat ids are valid receivers too.
    const p2p = [...state.users.keys()].some((openId) => p2pChatIdFor(openId) === id);
    return state.chats.has(id) || p2p ? { chatId: id } : openApiError('botNotInChat');
  }
  const user = findUser(state, idType, id);
  return user ? { chatId: p2pChatIdFor(user.openId) } : openApiError('noAvailability');
}

export function registerMessageRoutes(app: Hono<EmulatorEnv>, state: EmulatorState, limiter: RateLimiter): void {
  app.post('/open-apis/im/v1/messages', (c) => {
    const idType = c.req.query('receive_id_type');
    if (!idType || !RECEIVE_ID_TYPES.has(idType)) {
      return answer(c, fieldViolation('receive_id_type', 'receive_id_type is required and must be one of open_id, user_id, union_id, email, chat_id'));
    }
    const body = c.get('body');
    const receiveId = isRecord(body) ? body.receive_id : undefined;
    if (typeof receiveId !== 'string' || receiveId === '') return answer(c, fieldViolation('receive_id', 'receive_id is required'));
    const target = resolveReceiver(state, idType, receiveId);
    if ('status' in target) return answer(c, target);
    return createBotMessage(c, state, limiter, {
      kind: 'send',
      // A send into a topic group opens a new topic: the trap for follow-ups that meant to stay in one.
      ...(state.chats.get(target.chatId)?.mode === 'topic' ? { threadId: newThreadId() } : {}),
      chatId: target.chatId,
      receiverKey: target.chatId,
      receiveIdType: idType,
      receiveId,
    });
  });

  app.post('/open-apis/im/v1/messages/:message_id/reply', (c) => {
    const parentId = c.req.param('message_id');
    // Unknown but well-formed ids are accepted: tests may hand-craft events the emulator never saw.
    if (!/^om_[0-9a-zA-Z_]+$/.test(parentId)) return answer(c, openApiError('invalidParam', 'invalid message_id'));
    const parent = state.messages.get(parentId);
    const body = c.get('body');
    // A reply to a message in a topic stays in it; reply_in_thread turns a reply elsewhere into a new topic.
    const inThread = isRecord(body) && body.reply_in_thread === true;
    const threadId = parent?.threadId ?? (inThread ? newThreadId() : undefined);
    if (inThread && parent && !parent.threadId) parent.threadId = threadId;
    return createBotMessage(c, state, limiter, {
      kind: 'reply',
      ...(threadId ? { threadId } : {}),
      chatId: parent?.chatId,
      receiverKey: parent?.chatId ?? parentId,
      replyTo: parentId,
      rootId: parent?.rootId ?? parentId,
    });
  });

  app.patch('/open-apis/im/v1/messages/:message_id', (c) => {
    const messageId = c.req.param('message_id');
    const message = state.messages.get(messageId);
    if (!message) return answer(c, openApiError('invalidParam', 'invalid message_id'));
    if (message.sender.type !== 'app') return answer(c, openApiError('notOwner'));
    if (message.msgType !== 'interactive') return answer(c, openApiError('unsupportedMessageType'));
    const body = c.get('body');
    const check = validateMessageContent(state, 'interactive', isRecord(body) ? body.content : undefined);
    if (!check.ok) return answer(c, check.error);
    message.content = String((body as Record<string, unknown>).content);
    message.updateTime = state.now().getTime();
    message.updated = true;
    state.patched.push({ messageId, content: check.parsed, at: state.now() });
    state.log?.(`${state.bot.name} ✎ 更新卡片 ${messageId}`);
    return ok(c, {});
  });
}
