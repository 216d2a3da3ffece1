// 「本月开展检查3次，谈话5次」 (round 59, fcb; fda's left-alone: 「抱歉，没看懂」): counts of deeds with no day, person or place
// record nothing, and the reply says what each deed needs to be recorded, with an example of its kind.
import { bareTally } from '../../domain/report/bareTally.js';
import { plainInMarkdown } from '../../feishu/cards/plainInMarkdown.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/** What one counted deed needs, with an example: a check its day and department, a talk its day and whom, a study its day. */
function need(words: string): string {
  if (/谈/.test(words)) return `每次${words}写明哪天、和谁、哪类谈话，例如「11月5日与李明进行了廉政谈话」`;
  if (/检查|督查|抽查|巡查|暗访/.test(words)) return `每次${words}写明哪天、到哪个部门，例如「11月10日到财务科开展作风纪律检查」`;
  if (/会议/.test(words)) return `每次${words}写明哪天、开的什么会，例如「11月12日召开党风廉政建设专题会议」`;
  return `每次${words}写明哪天、学的什么、多少人参加，例如「11月12日组织学习《廉洁自律准则》，参加12人」`;
}

export const bareTallyReply = defineIntent<string[]>({
  name: 'bare-tally',
  // The text's own test first (cheap, pure), the report's reading only for the few that pass it (issue 14).
  match: (ctx) => {
    if (!ctx.sender) return null;
    const words = bareTally(ctx.text);
    return words !== undefined && (reportIn(ctx) ?? []).length === 0 ? words : null;
  },
  async handle(ctx, words) {
    const said = plainInMarkdown(ctx.text.length > 40 ? `${ctx.text.slice(0, 40)}…` : ctx.text);
    await ctx.reply(
      [
        `「${said}」只有次数，没有每一次的日期和对象，清风没有记录。`,
        `请逐条发给我：${[...new Set(words)].map(need).join('；')}。也可以发送「填报」逐条填写。`,
        ...stillWaiting(ctx.dialog),
      ].join('\n'),
    );
  },
});
