// The narrow Feishu interface the rest of the bot depends on; tests can implement it without the SDK.

export type OutgoingMessage =
  | { kind: 'text'; text: string }
  | { kind: 'card'; card: object }
  | { kind: 'file'; fileKey: string };

export type Recipient = { openId: string } | { chatId: string };

export interface SendOptions {
  /** Feishu de-duplicates sends with the same uuid for one hour (at most 50 characters). */
  uuid?: string;
  /** The chat a reply lands in, for the 5/s-per-chat limit (src/outbox/createLimitedSender.ts); not sent to Feishu. */
  receiver?: string;
  /** Reply as a topic (话题): a reply to a message already in a topic stays in it anyway (im/v1 reply: reply_in_thread). */
  replyInThread?: boolean;
  /**
   * A reply in a p2p chat: the chat's id, to which it may go as a 发送消息 (a plain message in the same chat) when
   * 回复消息's app windows are full and 发送消息's are not (src/outbox/createLimitedSender.ts); not sent to Feishu. Never
   * for a group's reply, which is tied to the member's message (and is read beside it when the group is busy).
   */
  spillTo?: string;
  /**
   * With `spillTo`: the message replied to may have been processed before (a replay after a stop or crash, a retry after
   * a failed write), so this reply may be at Feishu already by the API it took then. It goes by 发送消息 only when the
   * spill journal says it spilled (DATA_DIR/replies-spilled.jsonl), else by 回复消息 however full: Feishu de-duplicates a
   * uuid within one API only, so a new spill of a reply that went by 回复消息 would reach the member twice. Not sent to Feishu.
   */
  replay?: boolean;
}

export type FileType = 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream';

export interface FeishuUser {
  openId: string;
  name: string;
  userId?: string;
  unionId?: string;
  enName?: string;
  email?: string;
  mobile?: string;
  jobTitle?: string;
  departmentIds: string[];
}

export interface FeishuChat {
  chatId: string;
  name: string;
  description?: string;
  external?: boolean;
}

export interface FeishuClient {
  reply(messageId: string, msg: OutgoingMessage, opts?: SendOptions): Promise<{ messageId: string }>;
  send(to: Recipient, msg: OutgoingMessage, opts?: SendOptions): Promise<{ messageId: string }>;
  /** Replaces the content of a card the bot sent earlier (cards stay updatable for 14 days). */
  patchCard(messageId: string, card: object): Promise<void>;
  getUser(openId: string): Promise<FeishuUser>;
  /** Maps each mobile / e-mail Feishu knows to its open_id; unknown ones are absent from the map. */
  resolveIds(query: { mobiles?: string[]; emails?: string[] }): Promise<Map<string, string>>;
  /** Maps each user_id Feishu lets the app see to its open_id (batch_get_id does not take user_ids); others are absent. */
  resolveUserIds(userIds: string[]): Promise<Map<string, string>>;
  /** Uploads a file (≤ 30 MB, not empty) and returns its file_key for a `file` message. */
  uploadFile(file: { name: string; bytes: Buffer; fileType: FileType }): Promise<string>;
  /** Every group the bot is a member of. */
  listChats(): Promise<FeishuChat[]>;
  /**
   * The bot's own identity: GET /open-apis/bot/v3/info → `{ bot: { open_id, app_name, activate_status } }`
   * (开发文档 › 机器人 › 获取机器人信息; no scope needed, the bot capability must be enabled).
   */
  botInfo(): Promise<{ openId: string; name: string }>;
}
