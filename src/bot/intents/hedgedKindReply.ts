// 「算廉政谈话吧」 · 「就算谈心谈话」 · 「记成廉政谈话吧」 to 「是哪类活动？」 (round 60, fbd; t62a B-F4: the query read 算…廉政谈话 as a
// completion question and the report was left waiting): the kind the member settles on answers the question.
import { hedgedKindAnswer } from '../../domain/report/hedgedKindAnswer.js';
import { defineIntent } from '../intent.js';
import { dialogAnswer } from './dialogAnswer.js';

/**
 * While a report waits on its kind (the first open question is 是哪类活动), a hedged kind (算X吧 · 就算X · 记成X · 按X算) is
 * answered as the bare kind X would be; before countsAs and the query, which read 算 as asking whether something counts.
 */
export const hedgedKindReply = defineIntent<string>({
  name: 'hedged-kind-reply',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'report') return null;
    const asked = ctx.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
    if (asked !== 'missing_type') return null;
    return hedgedKindAnswer(ctx.text) ?? null;
  },
  async handle(ctx, kind) {
    await dialogAnswer.handle({ ...ctx, text: kind, lines: kind }, true);
  },
});
