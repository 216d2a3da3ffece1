// What makes two deliveries the same: for a message, its message_id, whatever event_id Feishu pushed it under.

/**
 * `message:<message_id>` for im.message.receive_v1, `recall:<message_id>` for im.message.recalled_v1, else undefined
 * (the event_id alone identifies it). Feishu's im.message.receive_v1 page: 「特殊情况下可能会收到重复的推送，如有幂等
 * 需求请使用 message_id 去重，不要依赖 event_id」 (open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/im-v1/
 * message/events/receive); the SDK does not de-duplicate either (larksuite/node-sdk#10).
 */
export function messageDedupKey(payload: Record<string, unknown>): string | undefined {
  const header = payload.header as { event_type?: unknown } | undefined;
  const event = payload.event as { message?: { message_id?: unknown }; message_id?: unknown } | undefined;
  if (header?.event_type === 'im.message.receive_v1') {
    const id = event?.message?.message_id;
    return typeof id === 'string' && id !== '' ? `message:${id}` : undefined;
  }
  if (header?.event_type === 'im.message.recalled_v1') {
    const id = event?.message_id;
    return typeof id === 'string' && id !== '' ? `recall:${id}` : undefined;
  }
  return undefined;
}
