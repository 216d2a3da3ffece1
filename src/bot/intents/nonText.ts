// Images, stickers, files and the like when nothing is waiting for them.
import { defineIntent } from '../intent.js';

export const nonText = defineIntent<true>({
  name: 'non-text',
  match: (ctx) => (ctx.text === '' ? true : null),
  async handle(ctx) {
    // 「@清风」 alone is a text whose only words were the mention: the member called the bot and said nothing yet.
    if (ctx.update.messageType === 'text' || ctx.update.messageType === 'post') {
      await ctx.reply('我在。上报活动请直接写一句话，例如「今天和办公室李明主任进行了廉政谈话」；查询请发「本季度完成情况」；发送「帮助」查看用法。');
      return;
    }
    await ctx.reply('我只能读懂文字消息。上报活动请直接写一句话，例如「今天和办公室李明主任进行了廉政谈话」；发送「帮助」查看用法。');
  },
});
