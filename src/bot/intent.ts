// An intent is one thing a member can ask of the bot: a cheap match, then a handler. The first match wins.
import type { BotContext } from './botContext.js';

export interface Intent<T = unknown> {
  name: string;
  /** Returns what the handler needs (e.g. the parsed report), or null when the message is not this intent. */
  match(ctx: BotContext): T | null;
  handle(ctx: BotContext, matched: T): Promise<void>;
}

/** Keeps each intent's match and handle types tied together while the list holds them as Intent<unknown>. */
export function defineIntent<T>(intent: Intent<T>): Intent<unknown> {
  return intent as Intent<unknown>;
}
