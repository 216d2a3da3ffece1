// 「去掉第二条」「删除2」「第2条不对」「第2条不要，其余确认」「全部重新发送」 while a 确认 card waits: that card's own answer, before 删除 is read as
// withdrawing a stored record (undo, changeNamedRecord) or anything else takes the words.
import { cardItemChoice, RESEND_WORDS } from '../../domain/report/cardItemChoice.js';
import { cardKeepChoice } from '../../domain/report/cardKeepChoice.js';
import { namedItemDrop } from '../../domain/report/namedItemDrop.js';
import { ASKED_DROP_NO, ASKED_DROP_YES, numberOrDayDrop } from '../../domain/report/numberOrDayDrop.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { defineIntent } from '../intent.js';
import { dialogAnswer } from './dialogAnswer.js';

/**
 * A reply naming one record of the waiting 确认 card by number, keeping some records and leaving others out
 * (第2条不要，其余确认 · 只要第1、3条), leaving out a record named by its person or kind (孙丽的廉政谈话不用记 · 和孙丽那条不要),
 * or giving the whole card up to send it again.
 */
export const waitingCardItem = defineIntent<true>({
  name: 'waiting-card-item',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'confirm') return null;
    if (cardItemChoice(ctx.text, ctx.dialog.items.length) !== undefined || RESEND_WORDS.test(ctx.text.trim())) return true;
    // 是 · 不是 to 「是指第2条吗？」, and 1号的不要了 on a card (round 66, gfd; was: read as a new report of the 1st).
    if (ctx.dialog.dropAsked !== undefined && (ASKED_DROP_YES.test(ctx.text.trim()) || ASKED_DROP_NO.test(ctx.text.trim()))) return true;
    if (numberOrDayDrop(ctx.text, ctx.dialog.items) !== undefined) return true;
    const nameOf = (id: string) => ctx.deps.directory.person(id)?.name;
    if (cardKeepChoice(ctx.text, ctx.dialog.items, nameOf, shanghaiDate(ctx.now)) !== undefined) return true;
    // 孙丽的廉政谈话不用记 · 和孙丽那条不要 (round 32a F6: read as a new talk report): the card's record named, never a report.
    return namedItemDrop(ctx.text, ctx.dialog.items, nameOf, shanghaiDate(ctx.now)) !== undefined ? true : null;
  },
  // The dialog's own answer path (continueDialog → cardItemTurn), the same a tap on the card's buttons takes.
  handle: (ctx) => dialogAnswer.handle(ctx, true),
});
