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
}

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
} {
  const { state } = deps;
  let lastSaid: string | undefined;
  const recall = async (messageId?: string): Promise<RecallResult> => {
    const hook = deps.webhook();
    if (!hook) return { ok: false, status: 409, error: 'no bot webhook configured: the bot has not registered with the emulator yet' };
    const id = messageId ?? lastSaid;
    if (!id || !state.messages.has(id)) return { ok: false, status: 400, error: `no such message to recall: ${id ?? '(nothing said yet)'}` };
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
      return { ok: true, messageId: message.message_id, eventId: header.event_id, ...result };
    } catch (err) {
      return { ok: false, status: 502, error: `could not reach the bot at ${hook.url}: ${(err as Error).message}` };
    }
  };
  return { say, recall };
}
