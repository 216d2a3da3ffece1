// A waiting card's answer buttons kept with its dialog in the store (round 67, ggd): a label typed back after a restart
// answers as the tap, as the pending question itself survives one (was: a module-level WeakMap, lost on restart).
import type { Store } from '../store/openStore.js';
import type { DialogData } from './dialogStore.js';
import { answerButtons, type AnswerButton } from './typedButtonLabel.js';

/** What a bot remembers of the answer buttons of the cards it sent, per waiting dialog. */
export interface ButtonMemory {
  /**
   * Keeps the answer buttons of `card` on the dialog of member `key` whose card id is `cardId` (written to db.json once,
   * only when the card has answer buttons and they differ from what is kept). No dialog with that id: nothing kept.
   * Rejects as Store.update does (DATA_WRITE_FAILED).
   */
  remember(key: string, cardId: string, card: unknown): Promise<void>;
  /** The answer buttons kept for the dialog `key`'s card `cardId`, in the card's order; undefined when none are kept. */
  buttonsOf(key: string, cardId: string): readonly AnswerButton[] | undefined;
}

/** The buttons of a stored dialog entry (db.json's dialogs[i].buttons; absent on entries from before round 67). */
type WithButtons = { key: string; data: unknown; buttons?: AnswerButton[] };

const isCard = (key: string, cardId: string) => (x: WithButtons) => x.key === key && (x.data as DialogData).cardId === cardId;

/** A ButtonMemory over `deps.store`: the buttons live and die with the dialog they belong to. */
export function createButtonMemory(deps: { store: Store }): ButtonMemory {
  const { store } = deps;
  return {
    async remember(key, cardId, card) {
      const buttons = answerButtons(card);
      if (buttons.length === 0) return;
      const kept = store.read((db) => (db.dialogs as WithButtons[]).find(isCard(key, cardId)));
      if (!kept || JSON.stringify(kept.buttons) === JSON.stringify(buttons)) return;
      await store.update((db) => {
        const entry = (db.dialogs as WithButtons[]).find(isCard(key, cardId));
        if (entry) entry.buttons = buttons;
      });
    },
    buttonsOf(key, cardId) {
      const entry = store.read((db) => (db.dialogs as WithButtons[]).find(isCard(key, cardId)));
      return entry?.buttons?.map((b) => ({ ...b }));
    },
  };
}
