// 「12月计划那两条还没做」 (n22, leftover): a word that planned items are not done yet records nothing; the query read it as a
// completion question (「没有完全听懂」). Said plainly instead.
import { plainInMarkdown } from '../../feishu/cards/plainInMarkdown.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/** 计划 · 安排 · 打算: what the member planned. */
const PLANNED = /计划|安排|打算/;
/** 还没做 · 尚未开展 · 没有落实 · 未完成: not done yet, said as a statement. */
const NOT_YET = /还没|尚未|没有?(?:做|开展|落实|完成|弄|搞)|未(?:做|开展|落实|完成)/;
/** A question (还有哪些没做？) stays the query's; a message with a deed in it (…谈了话，计划的还没做) is the report's. */
const ASKS = /[?？吗呢]|哪些|哪几|多少|几项|是否|有没有/;

export const planNotDone = defineIntent<true>({
  name: 'planNotDone',
  match: (ctx) => (ctx.sender && PLANNED.test(ctx.text) && NOT_YET.test(ctx.text) && !ASKS.test(ctx.text) && ctx.text.length <= 40 && (reportIn(ctx) ?? []).length === 0 ? true : null),
  async handle(ctx) {
    await ctx.reply(
      [`「${plainInMarkdown(ctx.text)}」说的是计划里还没有做的事，清风没有记录。做完之后再发给我即可，例如「12月3日与李明签订了党风廉政建设责任书」。`, ...stillWaiting(ctx.dialog)].join('\n'),
    );
  },
});
