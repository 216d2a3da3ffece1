// 「第4条调研报告不是28号，是11月18日报的」 while a 确认 card waits (round 55, fha; t57a F4: stored at once as a new 调研报告 beside
// the card, which kept 11-28; a tap on 确认 would have stored the paper twice): a message that opens by naming one of the
// card's items and says it is wrong or changed is about that card, whatever else it says. When no reader takes the
// change, it is said so with the card, never read as a new report.
import { chineseNumber } from './chineseNumber.js';
import { normalizeText } from './parseNormalize.js';

/** 第4条 · 第四条 · 第4项 · 最后一条 (after 不好意思/麻烦/把…), at the start. */
const ITEM = /^(?:不好意思|抱歉|麻烦(?:您|你)?|请|哦|啊|嗯)?[,，\s]*(?:帮我)?(?:把|将)?(?:卡片上的?|上面的?)?(?:第([1-9]\d?|[一二两三四五六七八九十])(?:条|项|个)|(最后)(?:一|那)条)/;
/** Words that say the item is wrong or changed. */
const CHANGED = /不是|不对|错了|有误|改成|改为|改一下|改下|换成|应该是|应为|应是|其实是|实际是|写成了/;
/** Words that drop, keep or undo an item: another reader's (waitingCardItem, undo). */
const OTHER = /撤销|撤回|删除|删掉|去掉|不要|不用记|不记|不算|作废|保留|其余|确认|取消/;

/**
 * The 1-based item `text` names of a waiting card of `count` items when it opens with that item and says it changes
 * (第N条…不是…/改成…); undefined otherwise (a number beyond the card, a drop or undo, a report that names no item).
 */
export function numberedEditUnread(text: string, count: number): number | undefined {
  const t = normalizeText(text).trim();
  if (/\n/.test(t)) return undefined;
  const m = ITEM.exec(t);
  if (!m) return undefined;
  const n = m[2] !== undefined ? count : chineseNumber(m[1]!) ?? Number(m[1]);
  if (!Number.isInteger(n) || n < 1 || n > count) return undefined;
  const rest = t.slice(m[0].length);
  return CHANGED.test(rest) && !OTHER.test(rest) ? n : undefined;
}
