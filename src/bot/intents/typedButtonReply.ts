// A waiting card's button label typed back (round 66, gfi; t69a F4: 「是不是王建国？」 typed was read as a completion query,
// the question left open): answered as the tap answers, through the same path as a typed answer (dialogAnswer).
import { duplicateNo } from '../continueDialog.js';
import { dialogKey } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { createButtonMemory } from '../createButtonMemory.js';
import { typedButtonAnswer } from '../typedButtonLabel.js';
import { dialogAnswer } from './dialogAnswer.js';

export const typedButtonReply = defineIntent<string>({
  name: 'typed-button-reply',
  match(ctx) {
    const cardId = ctx.dialog?.cardId;
    if (!ctx.sender || cardId === undefined) return null;
    const buttons = createButtonMemory(ctx.deps).buttonsOf(dialogKey(ctx.update.chatId, ctx.update.senderOpenId), cardId);
    return buttons ? (typedButtonAnswer(ctx.text, buttons) ?? null) : null;
  },
  async handle(ctx, text) {
    await dialogAnswer.handle({ ...ctx, text, lines: text }, true);
  },
});

/**
 * 是同一次，不用再记 · 重复发了，不用再记 on the duplicate question (round 66, gfi; t69a FB2: 「这条消息没有记录」 and the card again;
 * 是同一次 was even read as a person 「一次」 by the card's edit readers): its no, before any reader of a card's edits.
 */
export const duplicateNoReply = defineIntent<true>({
  name: 'duplicate-no-reply',
  match: (ctx) => (ctx.sender && ctx.dialog && duplicateNo(ctx.dialog, ctx.text) ? true : null),
  async handle(ctx) {
    await dialogAnswer.handle(ctx, true);
  },
});
