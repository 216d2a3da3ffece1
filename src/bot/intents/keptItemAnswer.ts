// 「就记孙杰那条吧」「只记孙杰那条」 while a question waits on one of a report's items (round 58, fdb; t60a F12): one item kept,
// the others left out (keptItemOnly, in continueDialog). Before the query, which reads 记…那条 as a question about records.
import { keptItemOnly } from '../../domain/report/keptItemOnly.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { defineIntent } from '../intent.js';
import { dialogAnswer } from './dialogAnswer.js';

export const keptItemAnswer = defineIntent<true>({
  name: 'kept-item-answer',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'report') return null;
    const kept = keptItemOnly(ctx.text, ctx.dialog.items, (id) => ctx.deps.directory.person(id)?.name, shanghaiDate(ctx.now));
    return kept === undefined ? null : true;
  },
  handle: (ctx) => dialogAnswer.handle(ctx, true),
});
