// Puts a waiting card's id into each of its answer buttons, so a tap acts on that card's records and on no other.

/**
 * A copy of `card` whose answer buttons (`value.action === 'answer'`: 确认 / 修改 / 取消 / 仍要记录, a question's
 * choices) and the submit of its 修改 form carry `card: cardId`. Other buttons (撤销 on a receipt, 填报) are left as they are. Does not change `card`.
 */
/** The submit of a waiting card's 修改 form (waitingEditCard): it changes that card's records only. */
export const WAITING_FORM = 'waiting_form';

export function stampCardId(card: object, cardId: string): object {
  return stamp(card, cardId) as object;
}

function stamp(node: unknown, cardId: string): unknown {
  if (Array.isArray(node)) return node.map((n) => stamp(n, cardId));
  if (node === null || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  if ((o.action === 'answer' && typeof o.text === 'string') || o.action === WAITING_FORM) return { ...o, card: cardId };
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, stamp(v, cardId)]));
}
