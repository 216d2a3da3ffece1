// 「这条不要」「这句是总述，不用单独记」「第2条不要」 while a question waits on one item of a report, or 「这条不要」 on a 确认
// card: the dialog's own answer (continueDialog → dropWaitingItem), before 删掉/不要 is read as 撤销 or anything else.
import { askedItemDrop } from '../../domain/report/askedItemDrop.js';
import { answerAndDrop } from '../../domain/report/answerAndDrop.js';
import { namedItemDrop } from '../../domain/report/namedItemDrop.js';
import { alreadyKeptItems } from '../../domain/report/alreadyKeptKind.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { dialogAnswer } from './dialogAnswer.js';
import { personDrop } from '../personDrop.js';

/** 这条不要 · 第2条不要, or 去掉王强那条 naming one record of the waiting items (on a card, also one that fits none or several: asked). */
function leavesItemOut(ctx: BotContext): boolean {
  if (askedItemDrop(ctx.text) !== undefined) return true;
  const dialog = ctx.dialog;
  if (dialog?.kind !== 'report' && dialog?.kind !== 'confirm') return false;
  // 作风纪律检查；第2条去掉吧 (round 56, fgc; t58a F8): an answer with a drop after it is the dialog's (continueDialog parts it).
  if (dialog.kind === 'report' && answerAndDrop(ctx.text) !== undefined) return true;
  // 去掉胡军 (round 34a F10): a person named alone, with no 那条, names that person's record too.
  const today = shanghaiDate(ctx.now);
  // 责任书刚才已经记过了，不用再记 (round 59, fca; t61a F2): the items of that kind leave, the rest go on.
  if (alreadyKeptItems(ctx.text, dialog.items, (id) => ctx.deps.directory.person(id)?.name, today) !== undefined) return true;
  const named = namedItemDrop(ctx.text, dialog.items, (id) => ctx.deps.directory.person(id)?.name, today) ?? personDrop(ctx.deps, dialog.items, ctx.text, today);
  return named !== undefined && ('index' in named || dialog.kind === 'confirm');
}

/** A reply that leaves one waiting item out instead of answering the question asked about it. */
export const waitingQuestionItem = defineIntent<true>({
  name: 'waiting-question-item',
  match: (ctx) => (ctx.sender && (ctx.dialog?.kind === 'report' || ctx.dialog?.kind === 'confirm') && leavesItemOut(ctx) ? true : null),
  handle: (ctx) => dialogAnswer.handle(ctx, true),
});
