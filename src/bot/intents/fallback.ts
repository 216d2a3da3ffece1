// Anything no other intent understood: say so, and how to ask.
import { defineIntent } from '../intent.js';

export const fallback = defineIntent<true>({
  name: 'fallback',
  match: () => true,
  async handle(ctx) {
    await ctx.reply(
      [
        `抱歉，没看懂「${ctx.text.length > 30 ? `${ctx.text.slice(0, 30)}…` : ctx.text}」。`,
        '上报活动：今天和办公室李明主任进行了廉政谈话',
        '查询进度：本季度完成情况',
        '发送「帮助」查看全部用法。',
      ].join('\n'),
    );
  },
});
