// The shapes the Feishu emulator records and accepts, and its public interface; what tests and the demo read back.
import type { Hono } from 'hono';
import type { EmulatorEnv } from './emulatorEnv.js';
import type { BotAddedInput, CardActionInput, MessageEventInput, RecallInput } from './eventBuilders.js';
import type { EmulatedDepartment } from './directoryRoutes.js';
import type { WsGateway, WsGatewayOptions } from './wsGateway.js';
import type { EmulatorSnapshot } from './emulatorState.js';

export interface EmulatedUser {
  openId: string;
  name: string;
  userId?: string;
  unionId?: string;
  /** As Feishu stores it, e.g. `+8613800138000`; lookups also match without `+86`. */
  mobile?: string;
  email?: string;
  enName?: string;
  jobTitle?: string;
  departmentIds?: string[];
}

export interface EmulatedChat {
  chatId: string;
  name: string;
  /** `topic`: a topic group (话题群), where every message that is not a reply starts a topic of its own. */
  mode?: 'group' | 'topic';
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, or for multipart a summary with the file's size instead of its bytes. */
  body: unknown;
  at: Date;
  status: number;
  /** Feishu's `code` in the answer (0 on success); undefined when the answer was not JSON. */
  code: number | undefined;
}

export interface SentMessage {
  messageId: string;
  kind: 'send' | 'reply';
  receiveIdType?: string;
  receiveId?: string;
  replyTo?: string;
  /** The chat it landed in, when known (always for sends; for replies when the parent is known). */
  chatId?: string;
  msgType: string;
  /** The `content` JSON string parsed back into an object. */
  content: Record<string, unknown>;
  uuid?: string;
  /** The topic it landed in (a reply in a topic, or a new topic in a topic group). */
  threadId?: string;
  at: Date;
}

export interface PatchedCard {
  messageId: string;
  content: Record<string, unknown>;
  at: Date;
}

export interface UploadedFile {
  fileKey: string;
  fileType: string;
  fileName: string;
  size: number;
  bytes: Buffer;
  at: Date;
}

export type FailureKind = 'rate_limit_429' | 'rate_limit_230020' | 'server_error' | 'timeout';

export interface FailSpec {
  /** How many matching requests fail (with `forMs`, ignored). */
  times: number;
  /** Instead of a count: every matching request fails for this long from now (real time), e.g. 429s for 6 s. */
  forMs?: number;
  kind: FailureKind;
  /** Matched against the request path. Default: every Open API path except the token endpoint. */
  path?: RegExp;
  /**
   * Matched against the JSON body's `uuid` (a send's or a reply's idempotency key) as well: only those calls fail, one
   * without a uuid never does. E.g. to hold one member's answer while the bot's other calls go through.
   */
  uuid?: RegExp;
  /** Seconds announced in `x-ogw-ratelimit-reset` for 429 answers (default 1). */
  resetSeconds?: number;
  /** For `timeout`: how long to hold the request before handling it normally (capped, see createEmulator). */
  holdMs?: number;
}

export interface RateLimitSpec {
  /** Per second for the app, for sends and for replies each (Feishu: 50 for each API). Over it: HTTP 429, code 99991400. */
  perApp?: number;
  /** Per minute for the app, for sends and for replies each (Feishu: 1000 for each API). Over it: HTTP 429, code 99991400. */
  perAppPerMinute?: number;
  /** Sends per second to one user or one chat (Feishu: 5). Over it: HTTP 400, code 230020. */
  perReceiver?: number;
}

export interface WebhookSecrets {
  verificationToken: string;
  encryptKey?: string;
}

export interface DeliveryResult {
  status: number;
  /** Parsed JSON when the bot answered JSON, else the raw text. */
  body: unknown;
}

export interface EmulatorOptions {
  appId: string;
  appSecret: string;
  users?: EmulatedUser[];
  /** The tenant's departments for the contact/v3 directory endpoints. */
  departments?: EmulatedDepartment[];
  /**
   * The app's granted permission scopes (开发者后台 › 权限管理), e.g. 'contact:user.base:readonly'. Contact calls without
   * one of their API scopes are refused (99991672) and fields whose field scope is missing are left out, as Feishu
   * does. Default: every scope granted.
   */
  grantedScopes?: readonly string[];
  chats?: EmulatedChat[];
  now?: () => Date;
  log?: (line: string) => void;
  /** The bot's display name; "@<botName>" in /_demo/say group text becomes a mention. Default 清风. */
  botName?: string;
  /** header.token of built events when no webhook is set yet. */
  verificationToken?: string;
  /** How long an injected `timeout` holds a request (default 15 s; never more than 60 s). */
  timeoutHoldMs?: number;
  /** Waits before each redelivery of a /_demo/say push the bot did not answer 2xx (ms; default Feishu's 15 s, 5 min, 1 h, 6 h). */
  redeliveryMs?: readonly number[];
  /** A member's role for the 体验台's member picker (e.g. 党组书记). */
  roleOf?: (openId: string) => string | undefined;
  /** Settings of the long-connection gateway (ClientConfig, fragment size, answer timeout). */
  longConnection?: Omit<WsGatewayOptions, 'appId' | 'appSecret' | 'log'>;
  /**
   * Start from another emulator's world (`Emulator.snapshot()`: its bot, users, chats, tokens, messages and records)
   * instead of an empty one; failures, rate limits, departments and the gateway start afresh. Tests only.
   */
  from?: EmulatorSnapshot;
}

export type CardActionEventInput = Omit<CardActionInput, 'chatId'> & { chatId?: string };

export interface Emulator {
  app: Hono<EmulatorEnv>;
  /** Base URL once listening (`http://127.0.0.1:PORT`). */
  readonly url: string | undefined;
  readonly bot: { openId: string; name: string };
  readonly calls: RecordedCall[];
  readonly sent: SentMessage[];
  readonly patched: PatchedCard[];
  readonly files: UploadedFile[];
  /** The long-connection gateway (长连接): push events to a connected WSClient, drop its connection. */
  readonly ws: WsGateway;
  /** TCP connections the HTTP server has accepted since it first listened (the bot's new sockets: a benchmark's count). */
  readonly connectionsAccepted: number;
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
  /** Forgets records, queued failures, uuids and rate windows; issued tokens stay valid. */
  reset(): void;
  /** A deep copy of the emulator's world, for `EmulatorOptions.from` (test/support/chatSnapshot.ts). */
  snapshot(): EmulatorSnapshot;
  fail(spec: FailSpec): void;
  /**
   * Requests an injected `timeout` holds at this moment: in Feishu's hands, not yet answered (a test kills the bot then,
   * knowing its call arrived; the call is recorded in `calls` only once answered).
   */
  readonly held: number;
  /** Turns Feishu's send limits on (defaults 50/s and 1000/min per app, 5/s per receiver; sliding windows on the emulator's clock); `false` turns them off. */
  rateLimit(spec?: RateLimitSpec | false): void;
  /** Invalidates every issued token, as when one expires or the secret is rotated. */
  revokeTokens(): void;
  addUser(user: EmulatedUser): void;
  addDepartment(department: EmulatedDepartment): void;
  addChat(chat: EmulatedChat): void;
  setWebhook(url: string, sec: WebhookSecrets): void;
  deliver(webhookUrl: string, envelope: object, sec: WebhookSecrets): Promise<DeliveryResult>;
  /** Builds an im.message.receive_v1 envelope and remembers the message so replies to it land in its chat. */
  messageEvent(input: MessageEventInput): Record<string, unknown>;
  /** Builds a card.action.trigger envelope; chatId defaults to the chat of the card's message. */
  cardActionEvent(input: CardActionEventInput): Record<string, unknown>;
  botAddedEvent(input: BotAddedInput): Record<string, unknown>;
  /** The same message pushed again under a new event_id, as Feishu does (de-duplicate by message_id). */
  repushed(envelope: Record<string, unknown>): Record<string, unknown>;
  /** Marks a message recalled and builds its im.message.recalled_v1 envelope (chat taken from the stored message). */
  recallEvent(input: Omit<RecallInput, 'chatId'> & { chatId?: string }): Record<string, unknown>;
  urlVerification(token: string, challenge: string): Record<string, unknown>;
}
