// The only door to the Open Platform: a narrow FeishuClient over the SDK's Client, every failure a FeishuError.
import type { Logger } from '@larksuiteoapi/node-sdk';
import { lark } from './larkSdk.js';
import { TOKEN_INVALID_CODES } from './classifyFeishuFailure.js';
import { createFeishuHttp } from './createFeishuHttp.js';
import { type TokenCache, createTokenCache } from './createTokenCache.js';
import { FeishuError } from './FeishuError.js';
import type { FeishuChat, FeishuClient, FeishuUser, OutgoingMessage, Recipient, SendOptions } from './feishuTypes.js';
import { type FailureContext, toFeishuError } from './toFeishuError.js';
import { toWireMessage } from './toWireMessage.js';

export interface FeishuLogger {
  warn(message: string): void;
  debug?(message: string): void;
}

export interface FeishuClientOptions {
  appId: string;
  appSecret: string;
  /** Open API base URL: https://open.feishu.cn, https://open.larksuite.com, or the local emulator. */
  domain: string;
  /** Per-client token cache (default: a fresh one, so two clients never share a token by app id). */
  cache?: TokenCache;
  logger?: FeishuLogger;
  /** Per-request timeout so a hung Feishu never hangs the bot (default 10 s). */
  timeoutMs?: number;
}

const BATCH_MAX = 50;
const MAX_CHAT_PAGES = 200;

/** The SDK logs every failure at error level with whole axios objects; we report failures ourselves, so keep it at debug. */
function sdkLogger(logger: FeishuLogger | undefined): Logger {
  const brief = (args: unknown[]): string =>
    args
      .flat(2)
      .map((a) => (a instanceof Error ? a.message : typeof a === 'object' && a !== null && 'message' in a ? String(a.message) : JSON.stringify(a)))
      .join(' ')
      .slice(0, 500);
  const toDebug = (...args: unknown[]): void => logger?.debug?.(`feishu sdk: ${brief(args)}`);
  return { error: toDebug, warn: toDebug, info: toDebug, debug: toDebug, trace: toDebug };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function missing(operation: string, what: string): FeishuError {
  return new FeishuError({
    code: 'FEISHU_API',
    message: `Feishu ${operation} answered without ${what}`,
    hint: 'Feishu accepted the call but its answer lacked an expected field; check FEISHU_DOMAIN points at the Open API.',
    retryable: false,
  });
}

export function createFeishuClient(opts: FeishuClientOptions): FeishuClient {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const domain = opts.domain.replace(/\/+$/, '');
  const cache = opts.cache ?? createTokenCache();
  const sdk = new lark.Client({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain,
    cache,
    httpInstance: createFeishuHttp({ timeoutMs }),
    // LoggerLevel.fatal is 0 and the SDK treats 0 as "unset"; error is the quietest level that sticks.
    loggerLevel: lark.LoggerLevel.error,
    logger: sdkLogger(opts.logger),
  });

  async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    const ctx: FailureContext = { operation, domain, timeoutMs };
    try {
      return await fn();
    } catch (first) {
      const err = toFeishuError(first, ctx);
      if (err.feishuCode === undefined || !TOKEN_INVALID_CODES.has(err.feishuCode)) throw err;
      // A cached token Feishu stopped accepting (expired early, secret rotated): fetch a fresh one, once.
      opts.logger?.warn(`Feishu rejected the cached access token (code ${err.feishuCode}); fetching a new one`);
      cache.clear();
      try {
        return await fn();
      } catch (second) {
        throw toFeishuError(second, ctx);
      }
    }
  }

  async function post(operation: string, target: Recipient | { replyTo: string }, msg: OutgoingMessage, sendOpts?: SendOptions) {
    const data = {
      ...toWireMessage(msg),
      ...(sendOpts?.uuid ? { uuid: sendOpts.uuid } : {}),
      ...('replyTo' in target && sendOpts?.replyInThread ? { reply_in_thread: true } : {}),
    };
    const res = await call(operation, () =>
      'replyTo' in target
        ? sdk.im.v1.message.reply({ path: { message_id: target.replyTo }, data })
        : 'openId' in target
          ? sdk.im.v1.message.create({ params: { receive_id_type: 'open_id' }, data: { ...data, receive_id: target.openId } })
          : sdk.im.v1.message.create({ params: { receive_id_type: 'chat_id' }, data: { ...data, receive_id: target.chatId } }),
    );
    const messageId = res?.data?.message_id;
    if (!messageId) throw missing(operation, 'a message_id');
    return { messageId };
  }

  return {
    reply: (messageId, msg, sendOpts) => post('reply', { replyTo: messageId }, msg, sendOpts),
    send: (to, msg, sendOpts) => post('send message', to, msg, sendOpts),

    async patchCard(messageId, card) {
      await call('update card', () =>
        sdk.im.v1.message.patch({ path: { message_id: messageId }, data: { content: JSON.stringify(card) } }),
      );
    },

    async getUser(openId) {
      const res = await call('get user', () =>
        sdk.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: 'open_id' } }),
      );
      const u = res?.data?.user;
      if (!u) throw missing('get user', 'a user');
      const user: FeishuUser = { openId: u.open_id ?? openId, name: u.name ?? '', departmentIds: u.department_ids ?? [] };
      if (u.user_id) user.userId = u.user_id;
      if (u.union_id) user.unionId = u.union_id;
      if (u.en_name) user.enName = u.en_name;
      if (u.email) user.email = u.email;
      if (u.mobile) user.mobile = u.mobile;
      if (u.job_title) user.jobTitle = u.job_title;
      return user;
    },

    async resolveUserIds(userIds) {
      const found = new Map<string, string>();
      for (const id of userIds) {
        try {
          const res = await call('resolve user id', () => sdk.contact.v3.user.get({ path: { user_id: id }, params: { user_id_type: 'user_id' } }));
          const openId = res?.data?.user?.open_id;
          if (openId) found.set(id, openId);
        } catch (error) {
          // 41050: outside the app's contact range, or no such user: reported by the caller as unresolved.
          if (error instanceof FeishuError && error.feishuCode === 41050) continue;
          throw error;
        }
      }
      return found;
    },

    async resolveIds(query) {
      const found = new Map<string, string>();
      const batches = [
        ...chunks(query.mobiles ?? [], BATCH_MAX).map((mobiles) => ({ mobiles })),
        ...chunks(query.emails ?? [], BATCH_MAX).map((emails) => ({ emails })),
      ];
      for (const batch of batches) {
        const res = await call('resolve ids', () =>
          sdk.contact.v3.user.batchGetId({ params: { user_id_type: 'open_id' }, data: batch }),
        );
        for (const entry of res?.data?.user_list ?? []) {
          const key = entry.mobile ?? entry.email;
          // With user_id_type=open_id, Feishu puts the open_id in `user_id`.
          if (key && entry.user_id) found.set(key, entry.user_id);
        }
      }
      return found;
    },

    async uploadFile(file) {
      const res = await call('upload file', () =>
        sdk.im.v1.file.create({ data: { file_type: file.fileType, file_name: file.name, file: file.bytes } }),
      );
      if (!res?.file_key) throw missing('upload file', 'a file_key');
      return res.file_key;
    },

    async botInfo() {
      // Not among the SDK's generated methods: a plain authenticated request.
      const res = await call('get bot info', () =>
        sdk.request<{ code?: number; msg?: string; bot?: { open_id?: string; app_name?: string } }>({ method: 'GET', url: '/open-apis/bot/v3/info' }),
      );
      const openId = res?.bot?.open_id;
      if (!openId) throw missing('get bot info', 'bot.open_id (is the bot capability enabled?)');
      return { openId, name: res.bot?.app_name ?? '' };
    },

    async listChats() {
      const chats: FeishuChat[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_CHAT_PAGES; page += 1) {
        const res = await call('list chats', () =>
          sdk.im.v1.chat.list({ params: { page_size: 100, ...(pageToken ? { page_token: pageToken } : {}) } }),
        );
        for (const item of res?.data?.items ?? []) {
          if (item.chat_id) {
            chats.push({ chatId: item.chat_id, name: item.name ?? '', description: item.description, external: item.external });
          }
        }
        pageToken = res?.data?.has_more ? res.data.page_token : undefined;
        if (!pageToken) break;
      }
      return chats;
    },
  };
}
