// Turns "member X says Y" into a real im.message.receive_v1 delivery to the bot's webhook; @清风 becomes a proper mention.
import type { RecallResult, SayInput, SayResult } from './demoRoutes.js';
import { newImageKey } from './feishuIds.js';
import { postContent } from './eventBuilders.js';
import type { EmulatorState } from './emulatorState.js';
import type { DeliveryResult, EmulatedUser, WebhookSecrets } from './emulatorTypes.js';
import type { MentionInput, MessageEventInput } from './eventBuilders.js';

export interface DemoSayDeps {
  state: EmulatorState;
  webhook: () => { url: string; sec: WebhookSecrets } | undefined;
  messageEvent: (input: MessageEventInput) => Record<string, unknown>;
  recallEvent: (input: { messageId: string }) => Record<string, unknown>;
  deliver: (url: string, envelope: object, sec: WebhookSecrets) => Promise<DeliveryResult>;
  /** Waits before each redelivery of a push the bot did not take (ms; default FEISHU_REDELIVERY_MS). */
  redeliveryMs?: readonly number[];
  log?: (line: string) => void;
}

/**
 * Feishu pushes an event again when the app did not answer 200 within 3 s: after about 15 s, 5 min, 1 h and 6 h, with
 * the same event_id (open.feishu.cn 事件订阅 › 接收事件: 重推; design/feishu.md "Timing and redelivery"). The demo did
 * not, so a message the bot refused (its disk full: a 500) was lost in the demo though Feishu would bring it back
 * (found by a newcomer).
 */
export const FEISHU_REDELIVERY_MS: readonly number[] = [15_000, 5 * 60_000, 60 * 60_000, 6 * 60 * 60_000];

const taken = (status: number) => status >= 200 && status < 300;

function findSpeaker(state: EmulatorState, from: string): EmulatedUser | undefined {
  const byId = state.users.get(from);
  if (byId) return byId;
  const byName = [...state.users.values()].find((u) => u.name === from);
  if (byName) return byName;
  if (!from.startsWith('ou_')) return undefined;
  // An unknown open_id is registered on the spot so a demo never dead-ends on a typo in the directory.
  const user: EmulatedUser = { openId: from, name: from };
  state.users.set(from, user);
  state.log?.(`（模拟器）登记了新用户 ${from}`);
  return user;
}

/** In a group the bot only reacts when mentioned; a typed "@清风" is what a member would click. */
function mentionBot(state: EmulatorState, text: string): { text: string; mentions: MentionInput[] } {
  const tag = `@${state.bot.name}`;
  if (!text.includes(tag)) return { text, mentions: [] };
  return {
    text: text.split(tag).join('@_user_1'),
    mentions: [{ key: '@_user_1', openId: state.bot.openId, name: state.bot.name }],
  };
}

export function createDemoSay(deps: DemoSayDeps): {
  say: (input: SayInput) => Promise<SayResult>;
  recall: (messageId?: string) => Promise<RecallResult>;
  /** Cancels pending redeliveries. */
  close: () => void;
} {
  const { state } = deps;
  let lastSaid: string | undefined;
  const waits = deps.redeliveryMs ?? FEISHU_REDELIVERY_MS;
  const timers = new Set<NodeJS.Timeout>();

  /** Pushes `envelope` again after waits[attempt] unless the bot takes it; gives up after the last, as Feishu does. */
  function redeliverLater(envelope: Record<string, unknown>, attempt: number): void {
    const wait = waits[attempt];
    const eventId = (envelope.header as { event_id?: string } | undefined)?.event_id;
    if (wait === undefined) {
      deps.log?.(`（模拟器）事件 ${eventId} 重推 ${waits.length} 次仍未成功，已放弃（飞书同样只重推有限次）`);
      return;
    }
    deps.log?.(`（模拟器）机器人未接收事件 ${eventId}，${Math.round(wait / 1000)} 秒后重推（第${attempt + 1}次），如飞书所做`);
    const timer = setTimeout(() => {
      timers.delete(timer);
      const hook = deps.webhook();
      if (!hook) return;
      deps.deliver(hook.url, envelope, hook.sec).then(
        (result) => {
          if (!taken(result.status)) redeliverLater(envelope, attempt + 1);
        },
        () => redeliverLater(envelope, attempt + 1),
      );
    }, wait);
    timer.unref();
    timers.add(timer);
  }
  const recall = async (messageId?: string): Promise<RecallResult> => {
    const hook = deps.webhook();
    if (!hook) return { ok: false, status: 409, error: 'no bot webhook configured: the bot has not registered with the emulator yet' };
    const id = messageId ?? lastSaid;
    const message = id ? state.messages.get(id) : undefined;
    if (!id || !message) return { ok: false, status: 400, error: `no such message to recall: ${id ?? '(nothing said yet)'}` };
    // A recalled message is gone from the chat: the Feishu client offers no second recall, so neither does the demo.
    if (message.deleted) return { ok: false, status: 409, error: `message ${id} was recalled already` };
    message.deleted = true;
    try {
      const result = await deps.deliver(hook.url, deps.recallEvent({ messageId: id }), hook.sec);
      return { ok: true, status: result.status, messageId: id };
    } catch (err) {
      return { ok: false, status: 502, error: `could not reach the bot at ${hook.url}: ${(err as Error).message}` };
    }
  };
  const say = async (input: SayInput): Promise<SayResult> => {
    const hook = deps.webhook();
    if (!hook) return { ok: false, status: 409, error: 'no bot webhook configured: the bot has not registered with the emulator yet' };
    const speaker = findSpeaker(state, input.from);
    if (!speaker) {
      const names = [...state.users.values()].map((u) => u.name).join('、') || '（无）';
      return { ok: false, status: 400, error: `unknown member "${input.from}"; known: ${names}` };
    }
    const chatType = input.chatType ?? (input.chatId ? 'group' : 'p2p');
    const chatId = input.chatId ?? (chatType === 'group' ? [...state.chats.keys()][0] : undefined);
    if (chatType === 'group' && !chatId) return { ok: false, status: 400, error: 'no group chat configured in the emulator' };
    const { text, mentions } = chatType === 'group' ? mentionBot(state, input.text) : { text: input.text, mentions: [] };
    const envelope = deps.messageEvent({
      senderOpenId: speaker.openId,
      chatType,
      chatId,
      text,
      mentions,
      // A photo with a caption: a post whose lines are the text and an img node.
      ...(input.image
        ? { messageType: 'post', content: postContent('', [...(text ? [[{ text }]] : []), [{ imageKey: newImageKey() }]]) }
        : {}),
    });
    const header = envelope.header as { event_id: string };
    const message = (envelope.event as { message: { message_id: string } }).message;
    lastSaid = message.message_id;
    try {
      const result = await deps.deliver(hook.url, envelope, hook.sec);
      if (!taken(result.status)) redeliverLater(envelope, 0);
      return { ok: true, messageId: message.message_id, eventId: header.event_id, ...result, ...(taken(result.status) ? {} : { redeliverInMs: waits[0] }) };
    } catch (err) {
      redeliverLater(envelope, 0);
      return { ok: false, status: 502, error: `could not reach the bot at ${hook.url}: ${(err as Error).message}`, redeliverInMs: waits[0] };
    }
  };
  const close = () => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
  };
  return { say, recall, close };
}
