// 「赵敏不是对象」 typed on a waiting card, alone or after the people were said anew (round 62, gbc; t64a G6): that person is no
// one talked to. Said back when the card no longer lists them, never a silent nothing.
import type { PendingItem } from './followUp.js';

/** What the reader needs: the one person a short phrase names, and their name for the change said back. */
export interface CounterpartDeniedContext {
  personId(words: string): string | undefined;
  personName(id: string): string;
}

/** The card's records with the person off, and the change in a few words. */
export interface CounterpartDenied {
  items: PendingItem[];
  what: string;
}

/** 赵敏不是对象 · 赵书记不是谈话对象 · 赵敏不算对象 · 赵敏不在谈话对象里: the person (1). */
const NOT_OBJECT = /^([^是]{2,8}?)(?:同志)?(?:并|也)?(?:不是|不算|不属于|不在)(?:谈话)?(?:对象|谈话的人|被谈话人)(?:里|中|之列|之内)?(?:啊|哈|了)?$/;

/**
 * Reads `clause` as 「X不是对象」 and takes X off the people talked to of `items` (a record with only X goes). With
 * `changedBefore` (another clause of the message changed the card) an X the card no longer lists is said back as not there;
 * alone, that is undefined (nothing to change). Undefined too when the words are no such clause, X names no one, or taking X
 * off would leave no record.
 */
export function counterpartDenied(clause: string, items: readonly PendingItem[], ctx: CounterpartDeniedContext, changedBefore: boolean): CounterpartDenied | undefined {
  const m = NOT_OBJECT.exec(clause.replace(/[,，\s]+/g, ''));
  const id = m ? ctx.personId(m[1]!) : undefined;
  if (id === undefined) return undefined;
  const name = ctx.personName(id);
  if (!items.some((i) => i.draft.counterpartIds.includes(id))) return changedBefore ? { items: [...items], what: `${name}不在谈话对象中` } : undefined;
  const next = items.flatMap((i) => {
    if (!i.draft.counterpartIds.includes(id)) return [i];
    const counterpartIds = i.draft.counterpartIds.filter((c) => c !== id);
    return counterpartIds.length === 0 ? [] : [{ ...i, draft: { ...i.draft, counterpartIds } }];
  });
  return next.length === 0 ? undefined : { items: next, what: `去掉${name}，不是谈话对象` };
}
