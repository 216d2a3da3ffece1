// /_demo endpoints for a person at a terminal (npm run say): speak as a member, read what the bot answered.
import type { Hono } from 'hono';
import { describeSent } from './describeSent.js';
import { type EmulatorEnv, isRecord } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';

export interface SayInput {
  from: string;
  text: string;
  chatType?: 'p2p' | 'group';
  chatId?: string;
  /** Send as a rich-text post: the text and a photo (an `img` node), as a photo with a caption arrives. */
  image?: boolean;
}

export interface RecallResult {
  ok: boolean;
  status: number;
  messageId?: string;
  error?: string;
}

export type SayResult =
  | { ok: true; messageId: string; eventId: string; status: number; body: unknown; /** The bot did not take it: pushed again after this long (ms), as Feishu does. */ redeliverInMs?: number }
  | { ok: false; status: 400 | 409 | 502; error: string; redeliverInMs?: number };

export interface DemoDeps {
  state: EmulatorState;
  say: (input: SayInput) => Promise<SayResult>;
  /** Recalls (撤回) a message said through /_demo/say: the given one, or the last. */
  recall: (messageId?: string) => Promise<RecallResult>;
}

function parseSay(body: unknown): SayInput | string {
  if (!isRecord(body)) return 'body must be a JSON object {from, text, chatType?, chatId?}';
  const { from, text, chatType, chatId } = body;
  if (typeof from !== 'string' || from === '') return '"from" (an open_id or a name) is required';
  if (typeof text !== 'string' || (text === '' && body.image !== true)) return '"text" is required';
  if (body.image !== undefined && typeof body.image !== 'boolean') return '"image" must be true or false';
  if (chatType !== undefined && chatType !== 'p2p' && chatType !== 'group') return '"chatType" must be p2p or group';
  if (chatId !== undefined && typeof chatId !== 'string') return '"chatId" must be a string';
  return { from, text, chatType, chatId, ...(body.image === true ? { image: true } : {}) };
}

export function registerDemoRoutes(app: Hono<EmulatorEnv>, deps: DemoDeps): void {
  const { state } = deps;

  app.post('/_demo/say', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = undefined;
    }
    const input = parseSay(body);
    if (typeof input === 'string') return c.json({ error: input }, 400);
    const result = await deps.say(input);
    const again = result.redeliverInMs !== undefined ? { redeliverInMs: result.redeliverInMs } : {};
    if (!result.ok) return c.json({ error: result.error, ...again }, result.status);
    return c.json({ messageId: result.messageId, eventId: result.eventId, status: result.status, body: result.body, ...again });
  });

  app.post('/_demo/recall', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = {};
    }
    const messageId = isRecord(body) && typeof body.messageId === 'string' ? body.messageId : undefined;
    const result = await deps.recall(messageId);
    return c.json(result.ok ? { messageId: result.messageId, status: result.status } : { error: result.error }, result.ok ? 200 : (result.status as 400 | 409 | 502));
  });

  app.get('/_demo/sent', (c) => {
    const after = Math.max(0, Number(c.req.query('after') ?? 0) || 0);
    const messages = state.sent.slice(after).map((sent, i) => {
      const view = describeSent(state, sent);
      return {
        index: after + i,
        messageId: sent.messageId,
        kind: sent.kind,
        to: view.to,
        msgType: sent.msgType,
        text: view.text,
        at: sent.at.toISOString(),
      };
    });
    return c.json({ next: state.sent.length, messages });
  });

  app.get('/_demo/directory', (c) =>
    c.json({
      bot: state.bot,
      users: [...state.users.values()].map((u) => ({ openId: u.openId, name: u.name })),
      chats: [...state.chats.values()],
    }),
  );
}
