// 「补录是什么意思」「逾期怎么算」: the definition every card's legend gives, not a card filtered by that word.
import { termMeaning } from '../../domain/query/canAnswer.js';
import { defineIntent } from '../intent.js';

export const termMeaningIntent = defineIntent<string>({
  name: 'term-meaning',
  match: (ctx) => termMeaning(ctx.text) ?? null,
  async handle(ctx, meaning) {
    await ctx.reply(`${meaning}\n发送「我的任务」查看您自己的事项，发送「本季度完成情况」查看完成情况。`);
  },
});
