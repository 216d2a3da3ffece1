// The one list of card actions (buttons and forms), matched by `value.action`.
import type { CardAction } from '../cardAction.js';

export const CARD_ACTIONS: readonly CardAction[] = [];
