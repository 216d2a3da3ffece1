// 帮助: what the bot can do, with examples.
import { helpCard } from '../../feishu/cards/helpCard.js';
import { defineIntent } from '../intent.js';

const HELP = /^(帮助|help|使用说明|说明|怎么用|如何使用|你好|您好|hi|hello|菜单|\?|？)[!！。.？?]*$/i;

export const help = defineIntent<true>({
  name: 'help',
  match: (ctx) => (HELP.test(ctx.text) ? true : null),
  async handle(ctx) {
    await ctx.replyCard(helpCard(ctx.sender?.name));
  },
});
