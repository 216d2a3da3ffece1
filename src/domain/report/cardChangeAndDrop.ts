// 「第1条的对象改成胡军，第2条不要」 while a 确认 card waits (round 50 fxc, t52a F5–F7's kind: 「这条消息没有记录，下面的卡片仍在
// 等您确认」, though each half alone worked): a change of one record and another record left out, said in one message.
import type { CardCorrection, CardCorrectionContext } from './cardCorrection.js';
import { cardCorrections } from './cardCorrections.js';
import { cardItemChoice } from './cardItemChoice.js';
import type { PendingItem } from './followUp.js';

/**
 * The change and the drop `text` asks of the waiting `items`: the text parted at ， ； 。 or a space into the clauses that leave
 * records out (cardItemChoice's 第2条不要 · 删掉第3条, first or last) and the rest, which cardCorrections must read as a
 * change; the change made, then the records named left out (numbers as on the card the member saw). Undefined when the text
 * is not so made; unfit when a number is beyond the card or nothing would be left.
 */
export function cardChangeAndDrop(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const t = text.trim().replace(/[。.!！]+$/, '');
  // Parted at a comma or a space (第1条不要 第2条日期改成11月27日): the first or the last piece may leave records out.
  const pieces = t.split(/[,，;；。\s]+/).filter((c) => c !== '');
  if (pieces.length < 2) return undefined;
  const dropsOf = (c: string): number[] | undefined => {
    const choice = cardItemChoice(c);
    return choice?.kind === 'drop' ? [choice.index, ...(choice.also ?? [])] : undefined;
  };
  const first = dropsOf(pieces[0]!);
  const last = first === undefined ? dropsOf(pieces.at(-1)!) : undefined;
  const drops = first ?? last;
  if (drops === undefined) return undefined;
  const rest = (first !== undefined ? t.slice(t.indexOf(pieces[0]!) + pieces[0]!.length) : t.slice(0, t.lastIndexOf(pieces.at(-1)!))).replace(/^[,，;；。\s]+|[,，;；。\s]+$/g, '');
  const changed = cardCorrections(rest, items, ctx);
  if (changed?.kind !== 'changed') return undefined;
  const beyond = drops.find((i) => i >= items.length);
  if (beyond !== undefined) return { kind: 'unfit', text: `卡片上只有 ${items.length} 条记录，没有第${beyond + 1}条，卡片没有改动。` };
  const kept = changed.items.filter((_, i) => !drops.includes(i));
  if (kept.length === 0) return { kind: 'unfit', text: '这样卡片上就没有记录了，卡片没有改动；不记录请回复「取消」。' };
  const gone = `第${[...drops].sort((a, b) => a - b).map((i) => i + 1).join('、')}条已去掉`;
  return { ...changed, items: kept, what: `${changed.what}；${gone}` };
}
