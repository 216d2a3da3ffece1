// A waiting card's button label typed back (round 66, gfi; t69a F4: 「是不是王建国？」 typed was read as a completion query,
// the question left open): answered as the tap answers, through the same path as a typed answer (dialogAnswer).
import { dialogKey } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { buttonsOf, typedButtonAnswer } from '../typedButtonLabel.js';
import { dialogAnswer } from './dialogAnswer.js';

export const typedButtonReply = defineIntent<string>({
  name: 'typed-button-reply',
  match(ctx) {
    const cardId = ctx.dialog?.cardId;
    if (!ctx.sender || cardId === undefined) return null;
    const buttons = buttonsOf(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), cardId);
    return buttons ? (typedButtonAnswer(ctx.text, buttons) ?? null) : null;
  },
  async handle(ctx, text) {
    await dialogAnswer.handle({ ...ctx, text, lines: text }, true);
  },
});
