// The 体验台's live feed: every message the emulator holds, as the web page shows it, and a push to open pages when one arrives or changes.
import { isRecord } from './emulatorEnv.js';
import type { EmulatorState, StoredMessage } from './emulatorState.js';

/** One chat bubble as the page receives it (GET /web/api/state and the SSE stream). */
export interface WebMessage {
  messageId: string;
  chatId: string;
  from: 'bot' | 'user';
  /** open_id of the member for user messages. */
  senderOpenId?: string;
  senderName: string;
  /** Feishu msg_type: text, interactive, file, image, post, … */
  msgType: string;
  /** The content JSON parsed back into an object (a card for `interactive`). */
  content: Record<string, unknown>;
  parentId?: string;
  /** ms since epoch. */
  createTime: number;
  updateTime: number;
  recalled: boolean;
  /** For a file message: the name and size Feishu shows (the content itself carries only the key). */
  file?: { name: string; size: number };
}

export type WebEvent = { type: 'message' | 'update'; message: WebMessage };

export interface WebHub {
  /** Every message with a known chat, oldest first. */
  snapshot(): WebMessage[];
  view(m: StoredMessage): WebMessage | undefined;
  /**
   * Registers a listener and takes the current messages as its baseline; returns the unsubscribe
   * function. Listeners are called synchronously by `scan`.
   */
  subscribe(listener: (e: WebEvent) => void): () => void;
  /** Announces messages added or changed since the last scan; cheap when no page is open. */
  scan(): void;
  /** Marks a member's message as recalled (Feishu shows a line in its place). */
  recall(messageId: string): void;
  /** How many pages are listening (for tests of the stream's lifecycle). */
  readonly listeners: number;
}

function parseContent(content: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(content);
    return isRecord(parsed) ? parsed : { text: content };
  } catch {
    return { text: content };
  }
}

/**
 * Reads `state.messages` (the emulator's own record of every message, user or bot) rather than hooking each route:
 * whatever adds or changes a message — a send, a reply, a patch, a card callback — is seen by the next `scan`.
 */
export function createWebHub(state: EmulatorState): WebHub {
  const listeners = new Set<(e: WebEvent) => void>();
  const recalled = new Set<string>();
  // messageId → what the pages last saw of it (the content string is shared, not copied).
  type Seen = { content: string; updateTime: number; recalled: boolean };
  let announced = new Map<string, Seen>();

  const stamp = (m: StoredMessage): Seen => ({ content: m.content, updateTime: m.updateTime, recalled: recalled.has(m.messageId) });
  const same = (a: Seen | undefined, b: Seen): boolean =>
    a !== undefined && a.content === b.content && a.updateTime === b.updateTime && a.recalled === b.recalled;

  const view = (m: StoredMessage): WebMessage | undefined => {
    if (!m.chatId) return undefined;
    const user = m.sender.type === 'user' ? state.users.get(m.sender.openId) : undefined;
    const content = parseContent(m.content);
    const uploaded = m.msgType === 'file' ? state.files.find((f) => f.fileKey === content.file_key) : undefined;
    return {
      messageId: m.messageId,
      chatId: m.chatId,
      from: m.sender.type === 'app' ? 'bot' : 'user',
      ...(m.sender.type === 'user' ? { senderOpenId: m.sender.openId } : {}),
      senderName: m.sender.type === 'app' ? state.bot.name : (user?.name ?? m.sender.openId),
      msgType: m.msgType,
      content,
      ...(m.parentId ? { parentId: m.parentId } : {}),
      createTime: m.createTime,
      updateTime: m.updateTime,
      recalled: recalled.has(m.messageId),
      ...(uploaded ? { file: { name: uploaded.fileName, size: uploaded.size } } : {}),
    };
  };

  const baseline = (): void => {
    announced = new Map([...state.messages.values()].map((m) => [m.messageId, stamp(m)]));
  };

  return {
    snapshot: () => [...state.messages.values()].flatMap((m) => view(m) ?? []),
    view,
    subscribe(listener) {
      if (listeners.size === 0) baseline();
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    scan() {
      if (listeners.size === 0) return;
      for (const m of state.messages.values()) {
        const now = stamp(m);
        const before = announced.get(m.messageId);
        if (same(before, now)) continue;
        announced.set(m.messageId, now);
        const v = view(m);
        if (!v) continue;
        const event: WebEvent = { type: before === undefined ? 'message' : 'update', message: v };
        for (const l of listeners) l(event);
      }
    },
    recall(messageId) {
      recalled.add(messageId);
    },
    get listeners() {
      return listeners.size;
    },
  };
}
