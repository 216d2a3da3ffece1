// 「参加人数也要填吗？」 · 「日期必须写吗」 with nothing waiting (round 69, gid; t71c: 没看懂 — round 68 ghd's answer came only
// while a question waited): the same plain fact of the record's schema (人数 optional, 日期 needed …), and how to report.
import { fieldAskedAlone } from '../../domain/report/fieldQuestionAnswer.js';
import { defineIntent } from '../intent.js';

/** With no dialog open, a short question of whether a report's field is needed is answered (fieldAskedAlone); else null. */
export const fieldAskedReply = defineIntent<string>({
  name: 'field-asked-reply',
  // A waiting question's own reader (continueDialog) answers it and asks that question again.
  match: (ctx) => (ctx.dialog === undefined ? (fieldAskedAlone(ctx.text) ?? null) : null),
  async handle(ctx, answer) {
    await ctx.reply(answer);
  },
});
