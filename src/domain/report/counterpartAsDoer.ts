// 「黄书记是谈话人不是对象」 typed on a waiting card (round 62, gbc; t64a G3: beside 「第1条是合计的不用记」 only the drop was
// applied, and 确认 stored 林晓's talks with 黄志刚 as the one talked to). The person the card lists as talked to held the talks:
// they leave the people talked to and become the doer of the talks they were read beside.
import type { PendingItem } from './followUp.js';

/** What the reader needs of the directory and the member. */
export interface CounterpartAsDoerContext {
  /** The one person a short phrase names (黄书记 · 黄志刚同志), or undefined. */
  personId(words: string): string | undefined;
  personName(id: string): string;
  senderId?: string;
}

/** The card's records with the change made, and the change in a few words. */
export interface CounterpartAsDoer {
  items: PendingItem[];
  what: string;
}

/** 谈话人 · 主谈人 · 主谈的 · 活动人 · 谈话的人: the one who held the talk. */
const DOER_WORD = '(?:谈话人|主谈人|主谈的|主谈|谈话的人|找人谈话的|活动人|签订人)';
/** 对象 · 谈话对象 · 被谈话人 · 被谈话的: the one talked to. */
const OBJECT_WORD = '(?:谈话对象|对象|被谈话人|被谈话的(?:人)?|被谈的)';
/** 黄书记是谈话人不是对象 · 黄书记才是谈话人，不是谈话对象 · 黄志刚是主谈 而不是被谈话人 (commas and spaces taken out before). */
const DOER_NOT_OBJECT = new RegExp(`^(.{2,8}?)(?:同志)?(?:其实|才|就|应该)?是${DOER_WORD}(?:而|并)?不是${OBJECT_WORD}(?:啊|呀|哈)?$`);
/** 黄书记不是对象是谈话人 · 黄书记不是谈话对象，而是谈话人: the same said the other way round. */
const OBJECT_NOT_DOER = new RegExp(`^(.{2,8}?)(?:同志)?(?:并)?不是${OBJECT_WORD}(?:而|他|她)?(?:其实|才)?是${DOER_WORD}(?:啊|呀|哈)?$`);
// 谈话人是黄书记 is left alone: 活动人是X is the card's own doer change (cardCorrections).

/**
 * The words naming the person in 「黄书记是谈话人不是对象」 · 「黄书记不是谈话对象，是谈话人」 (normalised; commas and spaces are
 * taken out here), or undefined when `text` is not such words. Round 63 (gcb): with no card waiting, the words correct a stored
 * record (storedCounterpartAsDoer) and are no report of their own.
 */
export function counterpartAsDoerWords(text: string): string | undefined {
  if (!text.includes('不是')) return undefined;
  const t = text.replace(/[,，\s。.!！]+/g, '');
  return (DOER_NOT_OBJECT.exec(t) ?? OBJECT_NOT_DOER.exec(t))?.[1];
}

/** A record's group on the card: the message's entry it came from, else its kind and day (与黄书记、孙杰谈话 gave both). */
function groupOf(item: PendingItem): string {
  return item.entry !== undefined ? `#${item.entry}` : `${item.draft.type ?? ''}|${item.draft.date ?? ''}`;
}

/**
 * Reads `clause` (one clause of a card edit, normalised; commas and spaces inside it already removed by the caller or not
 * there) as 「X是谈话人不是对象」 and applies it to `items`: in every group (see groupOf) where X is one of the people talked to,
 * X leaves the people talked to (a record that had only X goes) and becomes the doer of the group's records; a group left
 * with no record is said. Undefined when the clause is not such words, X names no one or the member, X is talked to nowhere on
 * the card, or no group keeps a record (与黄书记谈话 alone: whom X talked to is not said, so the card's other readers answer).
 */
export function counterpartAsDoer(clause: string, items: readonly PendingItem[], ctx: CounterpartAsDoerContext): CounterpartAsDoer | undefined {
  const t = clause.replace(/[,，\s]+/g, '');
  const m = DOER_NOT_OBJECT.exec(t) ?? OBJECT_NOT_DOER.exec(t);
  if (!m) return undefined;
  const id = ctx.personId(m[1]!);
  if (id === undefined || id === ctx.senderId) return undefined;
  const groups = new Set(items.filter((i) => i.draft.counterpartIds.includes(id)).map(groupOf));
  if (groups.size === 0) return undefined;
  const next = items.flatMap((i): PendingItem[] => {
    if (!groups.has(groupOf(i))) return [i];
    const counterpartIds = i.draft.counterpartIds.filter((c) => c !== id);
    if (counterpartIds.length === 0) return [];
    return [{ ...i, draft: { ...i.draft, counterpartIds, actorId: id } }];
  });
  // A group left with nothing (its other record taken off beside this): the talk 「with X」 was never one, so it goes, said;
  // a card left with nothing at all is not this reader's (whom X talked to is not said).
  const emptied = [...groups].filter((g) => !next.some((i) => groupOf(i) === g));
  if (next.length === 0 || emptied.length === groups.size) return undefined;
  const name = ctx.personName(id);
  const gone = emptied.length > 0 ? `；只有${name}一人的${emptied.length}条去掉` : '';
  return { items: next, what: `${name}改为谈话人（活动人），不再是谈话对象${gone}` };
}
