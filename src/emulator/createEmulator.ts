// A local Feishu Open Platform on 127.0.0.1: the real SDK talks to it, tests read what it recorded, the demo drives it.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { registerAuthRoutes, requireToken } from './authRoutes.js';
import { registerBotRoutes } from './botRoutes.js';
import { registerChatRoutes } from './chatRoutes.js';
import { registerContactRoutes } from './contactRoutes.js';
import { createScopeGate } from './grantedScopes.js';
import { createEmulatedDirectory, registerDirectoryRoutes } from './directoryRoutes.js';
import { deliver } from './deliver.js';
import { registerDemoRoutes } from './demoRoutes.js';
import { createDemoSay } from './demoSay.js';
import type { EmulatorEnv } from './emulatorEnv.js';
import { createEmulatorState, snapshotState } from './emulatorState.js';
import type { DeliveryResult, Emulator, EmulatorOptions, WebhookSecrets } from './emulatorTypes.js';
import {
  type EventContext,
  type MessageEventInput,
  buildBotAddedEvent,
  buildCardActionEvent,
  buildMessageEvent,
  buildRecallEvent,
  urlVerification,
} from './eventBuilders.js';
import { createFailureInjector } from './failureInjector.js';
import { newEventId, newThreadId } from './feishuIds.js';
import { registerFileRoutes } from './fileRoutes.js';
import { registerMessageRoutes } from './messageRoutes.js';
import { createRateLimiter } from './rateLimiter.js';
import { recordCalls } from './recordCalls.js';
import { registerWebRoutes } from './webRoutes.js';
import { createWsGateway } from './wsGateway.js';

export type * from './emulatorTypes.js';
export type { EmulatedDepartment } from './directoryRoutes.js';
export type { EmulatorSnapshot } from './emulatorState.js';
export type { BotAddedInput, MentionInput, MessageEventInput, RecallInput } from './eventBuilders.js';
export { MENTION_ALL, postContent } from './eventBuilders.js';

const MAX_HOLD_MS = 60_000;

export function createEmulator(opts: EmulatorOptions): Emulator {
  const state = createEmulatorState(opts);
  const failures = createFailureInjector({
    defaultHoldMs: Math.min(opts.timeoutHoldMs ?? 15_000, MAX_HOLD_MS),
    maxHoldMs: MAX_HOLD_MS,
  });
  const limiter = createRateLimiter(state.now);
  // Long connection (长连接): the bot dials in and events are pushed over its socket instead of POSTed to a webhook.
  const gateway = createWsGateway({ appId: state.appId, appSecret: state.appSecret, log: opts.log, ...opts.longConnection });
  let webhook: { url: string; sec: WebhookSecrets } | undefined;
  let server: Server | undefined;
  let url: string | undefined;
  let connectionsAccepted = 0;

  const eventContext = (): EventContext => ({
    appId: state.appId,
    tenantKey: state.tenantKey,
    verificationToken: webhook?.sec.verificationToken ?? opts.verificationToken ?? 'emulator-verification-token',
    now: state.now,
    idsOf: (openId) => state.users.get(openId) ?? {},
  });

  const messageEvent = (input: MessageEventInput): Record<string, unknown> => {
    // In a topic group a message that is not a reply opens a topic of its own.
    const topicGroup = input.chatId !== undefined && state.chats.get(input.chatId)?.mode === 'topic';
    const threadId = input.threadId ?? (topicGroup ? newThreadId() : undefined);
    const envelope = buildMessageEvent(eventContext(), { ...input, ...(threadId ? { threadId } : {}) });
    const m = (envelope.event as { message: Record<string, string> }).message;
    const at = Number(m.create_time);
    state.messages.set(m.message_id!, {
      messageId: m.message_id!,
      chatId: m.chat_id,
      msgType: m.message_type!,
      content: m.content!,
      sender: { type: 'user', openId: input.senderOpenId },
      threadId,
      rootId: m.root_id,
      parentId: m.parent_id,
      createTime: at,
      updateTime: at,
      updated: false,
    });
    return envelope;
  };

  const recallEvent = (input: { messageId: string; chatId?: string; eventId?: string }): Record<string, unknown> => {
    const stored = state.messages.get(input.messageId);
    const chatId = input.chatId ?? stored?.chatId;
    if (!chatId) throw new Error(`recallEvent: unknown message ${input.messageId}; pass chatId`);
    if (stored) stored.deleted = true;
    return buildRecallEvent(eventContext(), { ...input, chatId });
  };

  const deliverEvent = (webhookUrl: string, envelope: object, sec: WebhookSecrets): Promise<DeliveryResult> =>
    webhookUrl.startsWith('ws') ? gateway.push(envelope) : deliver(webhookUrl, envelope, sec, { now: state.now });

  const app = new Hono<EmulatorEnv>();
  app.use('/open-apis/*', recordCalls(state), failures.middleware, requireToken(state));
  // The 体验台 (web chat page); registered before the Open API routes so its watch sees their changes.
  registerWebRoutes(app, {
    state,
    // Whoever hears the demo members hears the page: the webhook, or a bot on the long connection.
    webhook: () => target(),
    messageEvent,
    cardActionEvent: (input) => buildCardActionEvent(eventContext(), input),
    deliver: deliverEvent,
    roleOf: opts.roleOf,
  });
  registerAuthRoutes(app, state);
  registerMessageRoutes(app, state, limiter);
  // Before contact routes: users/find_by_department must not be taken for users/:user_id.
  const directory = createEmulatedDirectory(opts.departments);
  const scopes = createScopeGate(opts.grantedScopes);
  registerDirectoryRoutes(app, state, directory, scopes);
  registerContactRoutes(app, state, scopes);
  registerChatRoutes(app, state);
  registerFileRoutes(app, state);
  registerBotRoutes(app, state);
  app.post('/callback/ws/endpoint', async (c) => c.json(gateway.endpoint(await c.req.json().catch(() => undefined), new URL(c.req.url).origin)));
  // Without a webhook, a bot on the long connection is who hears the demo's members.
  const target = () => webhook ?? (gateway.connections > 0 && gateway.url ? { url: gateway.url, sec: { verificationToken: '' } } : undefined);
  const demo = createDemoSay({
    state,
    webhook: target,
    messageEvent,
    recallEvent: (input) => recallEvent(input),
    deliver: deliverEvent,
    redeliveryMs: opts.redeliveryMs,
    log: opts.log,
  });
  registerDemoRoutes(app, { state, say: demo.say, recall: demo.recall });
  app.notFound((c) => c.json({ code: 404, msg: '404 page not found' }, 404));

  return {
    app,
    get url() {
      return url;
    },
    bot: state.bot,
    calls: state.calls,
    sent: state.sent,
    patched: state.patched,
    files: state.files,
    ws: gateway,
    get connectionsAccepted() {
      return connectionsAccepted;
    },
    get held() {
      return failures.held();
    },

    listen(port = 0) {
      if (url) return Promise.resolve(url);
      return new Promise((resolve, reject) => {
        const s = serve(
          // Only loopback: this is a fake Feishu with no real authentication.
          { fetch: app.fetch, port, hostname: '127.0.0.1', overrideGlobalObjects: false },
          (info) => {
            url = `http://127.0.0.1:${info.port}`;
            gateway.attach(s);
            resolve(url);
          },
        ) as Server;
        s.once('error', reject);
        s.on('connection', () => connectionsAccepted++);
        server = s;
      });
    },

    close() {
      failures.releaseAll();
      gateway.close();
      demo.close();
      const s = server;
      server = undefined;
      url = undefined;
      if (!s) return Promise.resolve();
      return new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },

    reset() {
      for (const list of [state.calls, state.sent, state.patched, state.files]) list.length = 0;
      state.uuids.clear();
      failures.clear();
      limiter.clear();
    },

    snapshot: () => snapshotState(state),
    fail: (spec) => failures.add(spec),
    rateLimit(spec) {
      limiter.configure(spec === false ? undefined : { perApp: 50, perAppPerMinute: 1000, perReceiver: 5, ...spec });
    },
    revokeTokens: () => state.tokens.clear(),
    addUser: (user) => void state.users.set(user.openId, user),
    addDepartment: (department) => directory.add(department),
    addChat: (chat) => void state.chats.set(chat.chatId, chat),
    setWebhook(webhookUrl, sec) {
      webhook = { url: webhookUrl, sec };
    },
    deliver: deliverEvent,
    messageEvent,
    cardActionEvent(input) {
      const chatId = input.chatId ?? state.messages.get(input.messageId)?.chatId;
      if (!chatId) throw new Error(`cardActionEvent: unknown message ${input.messageId}; pass chatId`);
      return buildCardActionEvent(eventContext(), { ...input, chatId });
    },
    botAddedEvent: (input) => buildBotAddedEvent(eventContext(), input),
    repushed(envelope) {
      const copy = structuredClone(envelope) as { header: Record<string, string> };
      copy.header = { ...copy.header, event_id: newEventId(), create_time: String(state.now().getTime()) };
      return copy as unknown as Record<string, unknown>;
    },
    recallEvent,
    urlVerification,
  };
}
