// 「孙丽不算同行，她是被检查科室的」 on a 确认 card of a check read with 孙丽 going along (round 59, fcd; t61b F3: the card came
// back unchanged, 「这条消息没有记录」): the card's checks without her as companion, at her department when said of the side
// checked and the check has none.
import type { CardCorrection, CardCorrectionContext } from './cardCorrection.js';
import { companionDenied } from './companionDenied.js';
import type { PendingItem } from './followUp.js';

/**
 * The waiting card's `items` changed as `text` says of a companion (companionDenied), or undefined when it says nothing of
 * one. Every item holding that person among its companionIds loses them (an empty list kept, so the card's 同行 note goes);
 * said of the side checked (被检查科室的), an item at no department is put at theirs (`ctx.departmentOf`). A person the
 * directory does not know, or whom no item has as companion, is 'unfit': said, the card unchanged.
 */
export function cardCompanionDenied(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const said = companionDenied(text);
  if (said === undefined) return undefined;
  const id = ctx.personId(said.words);
  if (id === undefined) return { kind: 'unfit', text: `没有找到「${said.words}」这个人，卡片没有改动。` };
  const name = ctx.personName(id);
  if (!items.some((i) => i.draft.companionIds?.includes(id) === true)) return { kind: 'unfit', text: `卡片上的检查没有把${name}记为同行，卡片没有改动。` };
  const unit = said.checked ? ctx.departmentOf?.(id) : undefined;
  let placed = false;
  const changed = items.map((i) => {
    if (i.draft.companionIds?.includes(id) !== true) return i;
    const companionIds = i.draft.companionIds.filter((x) => x !== id);
    const at = unit !== undefined && i.draft.departmentId === undefined ? { departmentId: unit } : {};
    if ('departmentId' in at) placed = true;
    return { ...i, draft: { ...i.draft, companionIds, ...at } };
  });
  const where = placed && unit !== undefined ? `，被检查科室为${ctx.departmentName?.(unit) ?? unit}` : '';
  return { kind: 'changed', items: changed, what: `${name}不记为同行${where}` };
}
