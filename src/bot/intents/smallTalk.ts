// 「好的收到」「谢谢」: a one-line acknowledgement, not a suggestion card and not 没看懂.
import { acknowledgement } from '../../domain/query/smallTalk.js';
import { defineIntent } from '../intent.js';

export const smallTalk = defineIntent<string>({
  name: 'small-talk',
  // While a report waits for an answer, 「嗯」「好的」 belong to that dialog.
  match: (ctx) => (ctx.dialog ? null : acknowledgement(ctx.text)),
  async handle(ctx, reply) {
    await ctx.reply(reply);
  },
});
