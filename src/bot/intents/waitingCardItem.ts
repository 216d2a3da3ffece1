// 「去掉第二条」「删除2」「第2条不对」「全部重新发送」 while a 确认 card waits: that card's own answer, before 删除 is read as
// withdrawing a stored record (undo, changeNamedRecord) or anything else takes the words.
import { cardItemChoice, RESEND_WORDS } from '../../domain/report/cardItemChoice.js';
import { defineIntent } from '../intent.js';
import { dialogAnswer } from './dialogAnswer.js';

/** A reply naming one record of the waiting 确认 card by number, or giving the whole card up to send it again. */
export const waitingCardItem = defineIntent<true>({
  name: 'waiting-card-item',
  match: (ctx) => (ctx.sender && ctx.dialog?.kind === 'confirm' && (cardItemChoice(ctx.text) !== undefined || RESEND_WORDS.test(ctx.text.trim())) ? true : null),
  // The dialog's own answer path (continueDialog → cardItemTurn), the same a tap on the card's buttons takes.
  handle: (ctx) => dialogAnswer.handle(ctx, true),
});
