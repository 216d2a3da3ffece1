// Human-readable view of a message the bot sent: who received it and its text, for the demo terminal and the log.
import { isRecord } from './emulatorEnv.js';
import { type EmulatorState, findUser } from './emulatorState.js';
import type { SentMessage } from './emulatorTypes.js';
import { cardTitle, renderCardText } from './renderCardText.js';

export interface SentView {
  /** Where it went, e.g. `张三` or `群「党支部」`. */
  to: string;
  /** Plain-text rendering (cards flattened, possibly several lines). */
  text: string;
  /** One line for logs. */
  line: string;
}

function chatLabel(state: EmulatorState, chatId: string | undefined): string | undefined {
  if (!chatId) return undefined;
  const chat = state.chats.get(chatId);
  return chat ? `群「${chat.name}」` : undefined;
}

function recipient(state: EmulatorState, sent: SentMessage): string {
  if (sent.kind === 'send') {
    if (sent.receiveIdType === 'chat_id') return chatLabel(state, sent.receiveId) ?? String(sent.receiveId);
    const user = findUser(state, sent.receiveIdType ?? 'open_id', sent.receiveId ?? '');
    return user ? user.name : String(sent.receiveId);
  }
  const parent = sent.replyTo ? state.messages.get(sent.replyTo) : undefined;
  const group = chatLabel(state, parent?.chatId);
  if (group) return group;
  if (parent?.sender.type === 'user') return state.users.get(parent.sender.openId)?.name ?? parent.sender.openId;
  return `消息 ${sent.replyTo}`;
}

function postText(content: Record<string, unknown>): string {
  // A post is {title, content: [[{tag, text}]]}, possibly nested under a locale key.
  const post = isRecord(content.zh_cn) ? content.zh_cn : content;
  const paragraphs = Array.isArray(post.content) ? post.content : [];
  const lines = paragraphs.map((p) =>
    (Array.isArray(p) ? p : []).map((n) => (isRecord(n) ? String(n.text ?? n.user_name ?? '') : '')).join(''),
  );
  return [typeof post.title === 'string' ? post.title : '', ...lines].filter(Boolean).join('\n');
}

function bodyText(state: EmulatorState, sent: SentMessage): string {
  const c = sent.content;
  switch (sent.msgType) {
    case 'text':
      return String(c.text ?? '');
    case 'interactive':
      return renderCardText(c);
    case 'post':
      return postText(c);
    case 'file': {
      const file = state.files.find((f) => f.fileKey === c.file_key);
      return `[文件] ${file?.fileName ?? String(c.file_key)}`;
    }
    case 'image':
      return '[图片]';
    default:
      return `[${sent.msgType}]`;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}

export function describeSent(state: EmulatorState, sent: SentMessage): SentView {
  const to = recipient(state, sent);
  const text = bodyText(state, sent);
  const arrow = sent.kind === 'reply' ? '↩' : '→';
  const title = sent.msgType === 'interactive' ? cardTitle(sent.content) : '';
  // renderCardText puts the title on the first line; the log shows it once, up front.
  const rest = title ? text.split('\n').slice(1).join('\n') : text;
  const summary = sent.msgType === 'interactive' ? `[卡片] ${title} | ${oneLine(rest)}` : oneLine(text);
  return { to, text, line: `${state.bot.name} ${arrow} ${to}: ${summary}` };
}
