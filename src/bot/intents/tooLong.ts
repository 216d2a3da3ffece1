// Guards the parsers: a report is a sentence or a few lines, not a document.
import { defineIntent } from '../intent.js';

export const MAX_TEXT_LENGTH = 2000;

export const tooLong = defineIntent<true>({
  name: 'too-long',
  match: (ctx) => (ctx.text.length > MAX_TEXT_LENGTH ? true : null),
  async handle(ctx) {
    await ctx.reply(`消息太长了（${ctx.text.length}字），我读不过来。请每条消息写一到几项活动，每项一行，不超过${MAX_TEXT_LENGTH}字。`);
  },
});
