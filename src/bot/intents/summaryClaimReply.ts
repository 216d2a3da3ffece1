// 「据统计，截至11月底，班子成员均已与分管部室负责人开展廉政谈话。」 (round 23 F5): told that each deed needs its own day, never
// a completion query, nothing recorded.
import { isCumulativeTally, summaryClaim } from '../../domain/report/summaryClaim.js';
import { totalsReply } from '../../domain/report/totalsReply.js';
import { plainInMarkdown } from '../../feishu/cards/plainInMarkdown.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/** An example of one such deed said with its day, for the kinds held with someone; none for the others. */
function example(kinds: string): string {
  // A tally of several kinds (廉政谈话、谈心谈话; round 54): the example is of the first.
  const kind = kinds.split('、')[0]!;
  if (kind.includes('谈')) return `，例如「11月5日王建国与李明进行了${kind}」`;
  if (kind.includes('责任书')) return '，例如「1月8日王建国与李明签订了党风廉政建设责任书」';
  return '';
}

export const summaryClaimReply = defineIntent<string>({
  name: 'summary-claim',
  // The text's own test first, the report's reading after it (both pure, the reading kept per message): most messages
  // (我的任务, completion questions) are none of this, and reading them as a report was ~40 % of their cost (issue 14, r47).
  match: (ctx) => {
    if (!ctx.sender) return null;
    const kind = summaryClaim(ctx.text);
    return kind !== undefined && (reportIn(ctx) ?? []).length === 0 ? kind : null;
  },
  async handle(ctx, kind) {
    const said = plainInMarkdown(ctx.text.length > 40 ? `${ctx.text.slice(0, 40)}…` : ctx.text);
    // 截至11月底，共开展廉政谈话12人次 (round 27w's 累计数 reply, which round 54 fjc's tally reading came before): one wording.
    if (isCumulativeTally(ctx.text)) {
      await ctx.reply([totalsReply(ctx.text, said), ...stillWaiting(ctx.dialog)].join('\n'));
      return;
    }
    await ctx.reply(
      [
        `「${said}」说的是多次${kind}的汇总，没有每一次的日期，清风没有记录。`,
        `每一次${kind}都要有日期（和对象）才能计入完成情况：请逐条发给我（哪天、谁、和谁）${example(kind)}；也可以发送「填报」逐条填写。`,
        ...stillWaiting(ctx.dialog),
      ].join('\n'),
    );
  },
});
