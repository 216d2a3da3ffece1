// What makes two deliveries the same: for a message, its message_id, whatever event_id Feishu pushed it under.

/**
 * `message:<message_id>` for im.message.receive_v1, `recall:<message_id>` for im.message.recalled_v1, else undefined
 * (the event_id alone identifies it). Feishu: "事件可能重复推送…请使用 message_id 去重" — the same message can arrive
 * under a new event_id (im.message.receive_v1 docs; larksuite/node-sdk issues on duplicate message events).
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
