// Which member's message a message the bot sent answers, whichever API carried it (round 66): since a reply in a p2p chat
// spills into 发送消息 when 回复消息's window is full (src/outbox/createLimitedSender.ts), a burst's receipts are part
// 回复消息 (replyTo the member's message) and part 发送消息 into the same chat, named by the reply's uuid
// (`r-<message_id>-<n>`, src/bot/botContext.ts replyUuid). The bot's own notices (the inspectors' holiday notice) answer
// nothing.

const REPLY_UUID = /^r-(om_[\w-]+)-\d+$/;

/** The message id `m` (an emulator's sent message) answers, or undefined for a message of the bot's own. */
export function answeredMessageId(m: { kind: string; replyTo?: string; uuid?: string }): string | undefined {
  if (m.kind === 'reply') return m.replyTo;
  return REPLY_UUID.exec(m.uuid ?? '')?.[1];
}

/** The distinct member messages answered among `sent`. */
export function answeredMessageIds(sent: readonly { kind: string; replyTo?: string; uuid?: string }[]): Set<string> {
  return new Set(sent.map(answeredMessageId).filter((id): id is string => id !== undefined));
}
