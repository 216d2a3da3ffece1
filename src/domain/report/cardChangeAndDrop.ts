// 「第1条的对象改成胡军，第2条不要」 while a 确认 card waits (round 50 fxc, t52a F5–F7's kind: 「这条消息没有记录，下面的卡片仍在
// 等您确认」, though each half alone worked): a change of one record and another record left out, said in one message.
import type { CardCorrection, CardCorrectionContext } from './cardCorrection.js';
import { cardCorrections } from './cardCorrections.js';
import { cardItemChoice } from './cardItemChoice.js';
import type { PendingItem } from './followUp.js';

/**
 * The change and the drop `text` asks of the waiting `items`: the text parted at ， ； 。 into the clauses that leave
 * records out (cardItemChoice's 第2条不要 · 删掉第3条, first or last) and the rest, which cardCorrections must read as a
 * change; the change made, then the records named left out (numbers as on the card the member saw). Undefined when the text
 * is not so made; unfit when a number is beyond the card or nothing would be left.
 */
export function cardChangeAndDrop(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const clauses = text.trim().replace(/[。.!！]+$/, '').split(/[,，;；。]+/).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < 2) return undefined;
  const dropsOf = (c: string): number[] | undefined => {
    const choice = cardItemChoice(c);
    return choice?.kind === 'drop' ? [choice.index, ...(choice.also ?? [])] : undefined;
  };
  const first = dropsOf(clauses[0]!);
  const last = dropsOf(clauses.at(-1)!);
  const drops = first ?? last;
  if (drops === undefined) return undefined;
  const rest = (first !== undefined ? clauses.slice(1) : clauses.slice(0, -1)).join('，');
  const changed = cardCorrections(rest, items, ctx);
  if (changed?.kind !== 'changed') return undefined;
  const beyond = drops.find((i) => i >= items.length);
  if (beyond !== undefined) return { kind: 'unfit', text: `卡片上只有 ${items.length} 条记录，没有第${beyond + 1}条，卡片没有改动。` };
  const kept = changed.items.filter((_, i) => !drops.includes(i));
  if (kept.length === 0) return { kind: 'unfit', text: '这样卡片上就没有记录了，卡片没有改动；不记录请回复「取消」。' };
  const gone = `第${[...drops].sort((a, b) => a - b).map((i) => i + 1).join('、')}条已去掉`;
  return { ...changed, items: kept, what: `${changed.what}；${gone}` };
}
