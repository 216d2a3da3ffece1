// 帮助: what the bot can do, with examples.
import { helpCard } from '../../feishu/cards/helpCard.js';
import { isHelpRequest } from '../../domain/query/smallTalk.js';
import { defineIntent } from '../intent.js';

export const help = defineIntent<true>({
  name: 'help',
  match: (ctx) => (isHelpRequest(ctx.text) ? true : null),
  async handle(ctx) {
    await ctx.replyCard(helpCard(ctx.sender?.name));
  },
});
