// Recognises the old message-card callback (card.action.trigger_v1), so the operator is told to switch the console, not that a token is wrong.

/**
 * The old-style callback (「消息卡片回传交互（旧）」 card.action.trigger_v1) has no schema/header: `{open_id, user_id,
 * open_message_id, open_chat_id, tenant_key, token, action: {value, tag}}`, and its `token` is a card-update token, so
 * a token check would fail with a misleading reason. The bot answers the new `card.action.trigger` (schema 2.0) only.
 */
export function isOldCardCallback(payload: Record<string, unknown>): boolean {
  if (payload.schema !== undefined || payload.header !== undefined) return false;
  const action = payload.action;
  return (
    typeof action === 'object' &&
    action !== null &&
    !Array.isArray(action) &&
    (typeof payload.open_message_id === 'string' || typeof payload.open_id === 'string')
  );
}

export const OLD_CARD_CALLBACK_REASON =
  'old-style card callback (card.action.trigger_v1, 消息卡片回传交互（旧）): in the developer console, 事件与回调 › 回调配置, subscribe to the new card.action.trigger (卡片回传交互) instead';
