// A card action is what one kind of button or form does: the button's value names it, the handler answers within Feishu's 3 s.
import type { Person } from '../domain/organization.js';
import type { BotDeps } from './botDeps.js';
import type { CardActionResponse, CardActionUpdate } from './botUpdate.js';

export interface CardContext {
  update: CardActionUpdate;
  /** The person who clicked, from the directory (never undefined: unknown operators are refused before handlers run). */
  operator: Person;
  now: Date;
  deps: BotDeps;
  /** Sends a message into the card's chat (for work that outlives the 3 s answer). */
  say(text: string): Promise<void>;
  /** Sends a new card into the card's chat, leaving the clicked one as it is. */
  sendCard(card: object): Promise<void>;
}

export interface CardAction<T = unknown> {
  /** Matches `value.action` of the button or form. */
  action: string;
  /** Validates the rest of the value (and form); null → the card is stale or forged. */
  parse(update: CardActionUpdate): T | null;
  handle(ctx: CardContext, parsed: T): Promise<CardActionResponse>;
}

export function defineCardAction<T>(a: CardAction<T>): CardAction<unknown> {
  return a as CardAction<unknown>;
}

export const toast = (type: 'success' | 'info' | 'warning' | 'error', content: string): CardActionResponse => ({
  toast: { type, content },
});

/** The answer that replaces the clicked card with `card`. */
export const withCard = (response: CardActionResponse, card: object): CardActionResponse => ({
  ...response,
  card: { type: 'raw', data: card },
});
