// 张伟「本月共开展廉政谈话3人次」 · 「截至目前共签订责任书12份」 alone (round 64, gdb; gcb's left-alone: one talk stored-to-be,
// its day and person asked, the question waiting to eat the next message): a total is no record. Nothing is read from it,
// nothing waits, and the member is asked for the deeds one by one.
import { periodTotal } from '../../domain/report/periodTotal.js';
import { plainInMarkdown } from '../../feishu/cards/plainInMarkdown.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/** What each deed of kind `name` needs, with an example of it. */
function eachNeeds(name: string): string {
  if (name.includes('谈')) return `每次${name}是哪天、和谁谈的，例如「12月1日与孙杰进行了${name}」`;
  if (name.includes('责任书')) return '每份责任书是哪天、和谁签的，例如「12月1日与李明签订了党风廉政建设责任书」';
  if (/检查|督查/.test(name)) return `每次${name}是哪天、到哪个部门，例如「12月1日到财务科开展${name}」`;
  if (/会议/.test(name)) return `每次${name}是哪天开的，例如「12月1日召开${name}」`;
  return `每次${name}是哪天、学的什么、多少人参加，例如「12月1日组织${name}，参加12人」`;
}

export const periodTotalReply = defineIntent<string[]>({
  name: 'period-total',
  // The text's own test first (cheap, pure); the report's reading only for the few that pass it (issue 14).
  match: (ctx) => {
    if (!ctx.sender) return null;
    const kinds = periodTotal(ctx.text);
    return kinds !== undefined && (reportIn(ctx) ?? []).length === 0 ? kinds : null;
  },
  async handle(ctx, kinds) {
    const said = plainInMarkdown(ctx.text.length > 40 ? `${ctx.text.slice(0, 40)}…` : ctx.text);
    await ctx.reply(
      [
        `「${said}」是一个合计数，不是某一次活动，清风没有记录。`,
        `请逐条告诉我：${kinds.map(eachNeeds).join('；')}。也可以发送「填报」逐条填写。`,
        ...stillWaiting(ctx.dialog),
      ].join('\n'),
    );
  },
});
