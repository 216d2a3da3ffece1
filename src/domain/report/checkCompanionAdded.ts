// 「第2条维权部那次 王强也去了 他是配合检查的」 typed by 林晓 on a waiting card (round 65, gei; t68a B8: 「没看懂对第2条的修改」):
// one more person went along on a numbered check — its companion (同行), never its doer nor one checked. Only a check takes
// companions (the house keeps them on checks only); any other record is left to the card's other readers.
import { isCheckType } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';

/** What the reader needs: the one person a short phrase names, and a name to say back. */
export interface CheckCompanionContext {
  personId(words: string): string | undefined;
  personName(id: string): string;
  senderId?: string;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/**
 * 第2条(维权部那次) 王强也去了 (他是配合检查的) · 第2条王强也一起去了 · 第二条 王强也参加了检查: the number (1), the person (2);
 * the naming words between (维权部那次 · 那次检查) are the card's own item, not checked here.
 */
const ALSO_WENT = /^第([1-9]\d?|[一二两三四五六七八九十])(?:条|项)(?:的)?(?:[\u4e00-\u9fa5]{0,8}?(?:那次|那个|那条)(?:检查)?)?[,，;；\s]*([\u4e00-\u9fa5]{2,6}?)(?:同志)?(?:也|还|同时也)(?:一起|一块儿?|跟着)?(?:去了|去的|参加了检查|参加了|在)[,，;；\s]*(?:(?:他|她)?(?:是|也是|只是)?(?:配合检查的?|配合的|陪同的?|一起查的|协助检查的?|协助的|跟着去的))?$/;

/** The card's items with the companion added, and the change said back; undefined when the words are not this shape. */
export function checkCompanionAdded(text: string, items: readonly PendingItem[], ctx: CheckCompanionContext): { kind: 'changed'; items: PendingItem[]; what: string } | undefined {
  const m = ALSO_WENT.exec(text.trim().replace(/[。!！~]+$/, ''));
  if (!m) return undefined;
  const n = CN[m[1]!] ?? Number(m[1]);
  const item = items[n - 1];
  if (item === undefined || item.draft.type === undefined || !isCheckType(item.draft.type)) return undefined;
  const id = ctx.personId(m[2]!);
  const doer = item.draft.actorId ?? ctx.senderId;
  if (id === undefined || id === doer || (item.draft.companionIds ?? []).includes(id)) return undefined;
  const draft = { ...item.draft, companionIds: [...(item.draft.companionIds ?? []), id] };
  return { kind: 'changed', items: items.map((i, k) => (k === n - 1 ? { ...i, draft } : i)), what: `第${n}条加上同行：${ctx.personName(id)}` };
}
