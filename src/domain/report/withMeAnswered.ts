// 「和我」「跟我谈的」「我」 to 「王建国是和谁谈的？」 (issue 10 part C): a clerk reported her leader's talk and was the one
// talked to. 我 in the answer is the sender, so the talk is the leader's with her; was: the same question again.
import type { PendingItem } from './followUp.js';
import { normalizeText } from './parseNormalize.js';

/** 和我 · 跟我谈的 · 是和我谈的 · 我 · 就是我 · 找我谈的 · 我本人: the sender as the one talked to. */
const WITH_ME = /^(?:是|就是|对|嗯)?(?:和|跟|与|同|找|约)?(?:我|我本人|本人)(?:谈的|谈话的|谈了|谈|进行的|谈话)?(?:的|呀|啊|呢)?$/;
/** 好的， · 嗯 · 哦: words before the answer that change nothing. */
const LEAD = /^(?:好的|好|嗯嗯|哦|噢)[,，\s]*/;

/**
 * The waiting `items` with the asked talk's counterpart answered by `text` when it names the sender (和我 · 跟我谈的 ·
 * 我), or undefined when it does not. `asked`: the item the question is about (its first problem missing_counterpart).
 * When someone else did the talk (`actorId` set, not `senderId`), the sender is the one talked to: `items` with that
 * item's counterpart the sender and the question closed. When the sender did it, 和我 is no one else: `again` with the
 * precise question to ask, nothing changed.
 */
export function withMeAnswered(items: PendingItem[], asked: number, text: string, senderId: string): { items: PendingItem[] } | { again: string } | undefined {
  const t = normalizeText(text).trim().replace(LEAD, '').replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  if (!WITH_ME.test(t)) return undefined;
  const item = items[asked];
  if (!item || item.problems[0]?.code !== 'missing_counterpart') return undefined;
  const doer = item.draft.actorId;
  if (doer === undefined || doer === senderId) {
    return { again: '这条谈话记的是您本人谈的，谈话对象不能是您自己。请回复和您谈话的对方姓名（如「王强」），或回复「取消」。' };
  }
  const answered: PendingItem = {
    ...item,
    draft: { ...item.draft, counterpartIds: [senderId] },
    problems: item.problems.filter((p) => p.code !== 'missing_counterpart'),
  };
  return { items: items.map((i, k) => (k === asked ? answered : i)) };
}
