// A card callback must be answered within Feishu's 3 s: a slow action gets a "still working" toast instead.
import type { CardActionResponse } from '../bot/botUpdate.js';

/** Feishu gives up after 3 s (card.action.trigger doc); 2.5 s leaves room for the trip back. */
export const CARD_DEADLINE_MS = 2500;

/** Resolves with the action's answer, or after deadlineMs with an info toast while the action finishes in the background. */
export async function answerCardInTime(action: Promise<CardActionResponse>, deadlineMs = CARD_DEADLINE_MS): Promise<CardActionResponse> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CardActionResponse>((resolve) => {
    timer = setTimeout(() => resolve({ toast: { type: 'info', content: '正在处理，请稍候查看结果' } }), deadlineMs);
  });
  try {
    return await Promise.race([action, late]);
  } finally {
    clearTimeout(timer);
  }
}
