// A question put before a card that still waits (是指第2条吗？ above the card), with its one-tap answers.
import { buttonRow, markdown } from '../feishu/cards/cardParts.js';

/**
 * `card` (a Feishu card object with body.elements) with `question` (markdown) and `buttons` (button objects, one row) put
 * first, a rule after them; a card of another shape is returned as is with nothing added (the caller's question then
 * unsaid — every card the bot builds has body.elements).
 */
export function withButtonsFirst(card: object, question: string, buttons: object[]): object {
  const c = card as { body?: { elements?: unknown } };
  if (!c.body || !Array.isArray(c.body.elements)) return card;
  return { ...c, body: { ...c.body, elements: [markdown(question), buttonRow(buttons), { tag: 'hr' }, ...c.body.elements] } };
}
