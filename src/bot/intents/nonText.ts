// Images, stickers, files and the like when nothing is waiting for them.
import { defineIntent } from '../intent.js';

export const nonText = defineIntent<true>({
  name: 'non-text',
  match: (ctx) => (ctx.text === '' ? true : null),
  async handle(ctx) {
    await ctx.reply('我只能读懂文字消息。上报活动请直接写一句话，例如「今天和办公室李明主任进行了廉政谈话」；发送「帮助」查看用法。');
  },
});
