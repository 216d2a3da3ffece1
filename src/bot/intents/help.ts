// 帮助: what the bot can do, with examples.
import { helpCard } from '../../feishu/cards/helpCard.js';
import { defineIntent } from '../intent.js';

const HELP =
  /^(?:请问)?(帮助|help|使用说明|说明|怎么用|如何使用|咋用|怎么使用|怎么操作|用法|你好|您好|hi|hello|菜单|\?|？|你能干(?:什么|啥|嘛)|你能做(?:什么|啥)|你会(?:什么|啥|干啥)|能干(?:什么|啥)|能做(?:什么|啥)|有(?:什么|哪些)功能|你是谁|你是干什么的)[呀啊呢吗]?[!！。.？?]*$/i;

export const help = defineIntent<true>({
  name: 'help',
  match: (ctx) => (HELP.test(ctx.text) ? true : null),
  async handle(ctx) {
    await ctx.replyCard(helpCard(ctx.sender?.name));
  },
});
