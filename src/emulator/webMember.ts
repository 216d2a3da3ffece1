// What a member does on the 体验台 — send text, an image or a file, recall, press a card button — turned into the events Feishu would deliver.
import { randomBytes } from 'node:crypto';
import { isRecord } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import type { DeliveryResult, WebhookSecrets } from './emulatorTypes.js';
import type { CardActionInput, MentionInput, MessageEventInput } from './eventBuilders.js';
import { newEventId, p2pChatIdFor } from './feishuIds.js';
import type { WebHub } from './webHub.js';

export interface WebMemberDeps {
  state: EmulatorState;
  hub: WebHub;
  webhook: () => { url: string; sec: WebhookSecrets } | undefined;
  messageEvent: (input: MessageEventInput) => Record<string, unknown>;
  cardActionEvent: (input: CardActionInput) => Record<string, unknown>;
  deliver: (url: string, envelope: object, sec: WebhookSecrets) => Promise<DeliveryResult>;
}

/** A file or image a member sent from the page; the bot only ever sees its key, as on Feishu. */
export interface MemberUpload {
  key: string;
  name: string;
  mime: string;
  bytes: Buffer;
}

type FailStatus = 400 | 403 | 404 | 409 | 502;

/** A refusal carries a code (WEB_…) and a sentence saying what to do, shown to the person at the page. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; status: FailStatus; code: string; error: string };

export type MemberMessage =
  | { kind: 'text'; text: string }
  | { kind: 'image' | 'file'; name: string; mime: string; bytes: Buffer };

/** The toast (and whether the card changed) after a button press or form submit. */
export interface ActionAnswer {
  toast?: { type: string; content: string };
  updated: boolean;
}

/** Keeps the page's uploads bounded in count and bytes: the oldest are forgotten first. */
const MAX_UPLOADS = 200;
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const fail = (status: FailStatus, code: string, error: string): { ok: false; status: FailStatus; code: string; error: string } => ({
  ok: false,
  status,
  code,
  error,
});

function newKey(prefix: string): string {
  const hex = randomBytes(12).toString('hex');
  return `${prefix}_v3_00${hex.slice(0, 4)}_${hex.slice(4, 12)}-${hex.slice(12, 16)}-${hex.slice(16)}g`;
}

/**
 * The member side of the 体验台. Every action becomes the event Feishu would deliver (signed and encrypted by
 * `deps.deliver` like any other), so the bot sees the page exactly as it sees Feishu. Refusals are `Outcome`s with
 * a WEB_… code and a Chinese sentence; nothing throws for a member's mistake.
 */
export function createWebMember(deps: WebMemberDeps) {
  const { state, hub } = deps;
  const uploads = new Map<string, MemberUpload>();

  const hook = () => deps.webhook();

  /** The chat a member may write in: their own p2p chat with the bot, or a group the bot is in. */
  function chatOf(openId: string, chatId: string): { chatId: string; chatType: 'p2p' | 'group' } | undefined {
    if (state.chats.has(chatId)) return { chatId, chatType: 'group' };
    if (chatId === p2pChatIdFor(openId)) return { chatId, chatType: 'p2p' };
    return undefined;
  }

  /** A typed "@清风" is what clicking the bot in Feishu's @ list produces: a placeholder plus a mention. */
  function mentionBot(text: string): { text: string; mentions: MentionInput[] } {
    const tag = `@${state.bot.name}`;
    if (!text.includes(tag)) return { text, mentions: [] };
    return {
      text: text.split(tag).join('@_user_1'),
      mentions: [{ key: '@_user_1', openId: state.bot.openId, name: state.bot.name }],
    };
  }

  async function post(envelope: object): Promise<Outcome<DeliveryResult>> {
    const h = hook();
    if (!h) return fail(409, 'WEB_NO_BOT', '机器人尚未连接到模拟器：先用 npm start 启动清风，再刷新本页');
    try {
      const result = await deps.deliver(h.url, envelope, h.sec);
      return { ok: true, value: result };
    } catch (err) {
      return fail(502, 'WEB_BOT_UNREACHABLE', `无法连接机器人 ${h.url}（${(err as Error).message}）：检查清风是否仍在运行`);
    } finally {
      hub.scan();
    }
  }

  let bytes = 0;
  function keep(upload: MemberUpload): void {
    uploads.set(upload.key, upload);
    bytes += upload.bytes.length;
    while (uploads.size > 1 && (uploads.size > MAX_UPLOADS || bytes > MAX_UPLOAD_BYTES)) {
      const [oldest, kept] = uploads.entries().next().value!;
      bytes -= kept.bytes.length;
      uploads.delete(oldest);
    }
  }

  return {
    uploads,

    /** Sends a member's message into one of their chats as an im.message.receive_v1 event; resolves with its message id. */
    async send(from: string, chatId: string, message: MemberMessage): Promise<Outcome<{ messageId: string }>> {
      if (!state.users.has(from)) return fail(404, 'WEB_UNKNOWN_MEMBER', `未知成员 ${from}：请从「以谁的身份」中选择`);
      const chat = chatOf(from, chatId);
      if (!chat) return fail(403, 'WEB_NOT_IN_CHAT', '该成员不在这个会话中：只能在自己与清风的单聊或演示群里发言');
      let input: MessageEventInput;
      if (message.kind === 'text') {
        if (message.text.trim() === '') return fail(400, 'WEB_EMPTY', '消息不能为空');
        const { text, mentions } = chat.chatType === 'group' ? mentionBot(message.text) : { text: message.text, mentions: [] };
        input = { senderOpenId: from, ...chat, text, mentions };
      } else {
        if (message.bytes.length === 0) return fail(400, 'WEB_EMPTY', '文件是空的');
        const key = newKey(message.kind === 'image' ? 'img' : 'file');
        keep({ key, name: message.name, mime: message.mime, bytes: message.bytes });
        const content = message.kind === 'image' ? { image_key: key } : { file_key: key, file_name: message.name };
        input = { senderOpenId: from, ...chat, messageType: message.kind, content };
      }
      const envelope = deps.messageEvent(input);
      const messageId = (envelope.event as { message: { message_id: string } }).message.message_id;
      hub.scan();
      const delivered = await post(envelope);
      return delivered.ok ? { ok: true, value: { messageId } } : delivered;
    },

    /** Recalls a member's own message and tells the bot with im.message.recalled_v1. */
    async recall(from: string, messageId: string): Promise<Outcome<{ messageId: string }>> {
      const m = state.messages.get(messageId);
      if (!m || !m.chatId) return fail(404, 'WEB_NO_MESSAGE', '没有这条消息（模拟器重启后旧消息不再保留）');
      if (m.sender.type !== 'user' || m.sender.openId !== from) return fail(403, 'WEB_NOT_OWNER', '只能撤回自己发送的消息');
      hub.recall(messageId);
      const h = hook();
      const envelope = {
        schema: '2.0',
        header: {
          event_id: newEventId(),
          event_type: 'im.message.recalled_v1',
          create_time: String(state.now().getTime()),
          token: h?.sec.verificationToken ?? '',
          app_id: state.appId,
          tenant_key: state.tenantKey,
        },
        event: { message_id: messageId, chat_id: m.chatId, recall_time: String(state.now().getTime()), recall_type: 'message_owner' },
      };
      const delivered = await post(envelope);
      return delivered.ok ? { ok: true, value: { messageId } } : delivered;
    },

    /**
     * Presses a button (or submits a form) on a bot card: a signed card.action.trigger goes to the bot,
     * and a `card` in its answer replaces the message in place, as Feishu does with the callback's response.
     */
    async act(
      from: string,
      messageId: string,
      action: { value: Record<string, unknown>; formValue?: Record<string, unknown>; tag?: string; name?: string; option?: string; inputValue?: string },
    ): Promise<Outcome<ActionAnswer>> {
      const m = state.messages.get(messageId);
      if (!m || !m.chatId) return fail(404, 'WEB_NO_MESSAGE', '没有这张卡片（模拟器重启后旧消息不再保留）');
      if (m.sender.type !== 'app' || m.msgType !== 'interactive') return fail(400, 'WEB_NOT_A_CARD', '这条消息不是机器人卡片');
      if (!state.users.has(from)) return fail(404, 'WEB_UNKNOWN_MEMBER', `未知成员 ${from}：请从「以谁的身份」中选择`);
      const envelope = deps.cardActionEvent({ operatorOpenId: from, messageId, chatId: m.chatId, ...action });
      const delivered = await post(envelope);
      if (!delivered.ok) return delivered;
      const { status, body } = delivered.value;
      // Feishu shows its own error toast when the callback fails or answers late.
      if (status !== 200 || !isRecord(body)) return { ok: true, value: { toast: { type: 'error', content: '出错了，请稍后重试' }, updated: false } };
      const toast = isRecord(body.toast) ? { type: String(body.toast.type ?? 'info'), content: String(body.toast.content ?? '') } : undefined;
      const card = isRecord(body.card) && isRecord(body.card.data) ? body.card.data : undefined;
      if (card) {
        m.content = JSON.stringify(card);
        m.updateTime = Math.max(state.now().getTime(), m.updateTime + 1);
        m.updated = true;
        hub.scan();
      }
      return { ok: true, value: { ...(toast ? { toast } : {}), updated: card !== undefined } };
    },
  };
}

export type WebMember = ReturnType<typeof createWebMember>;
