// 张伟「本月共开展廉政谈话3人次」 · 「截至目前共签订责任书12份」 alone (round 64, gdb; gcb's left-alone: one talk stored-to-be,
// its day and person asked, the question waiting to eat the next message): a total is no record. Nothing is read from it,
// nothing waits, and the member is asked for the deeds one by one.
import { periodTotals, type KindTotal } from '../../domain/report/periodTotal.js';
import { kindTotalsAsked, totalDeedNeeds } from '../../domain/report/totalDeedNeeds.js';
import { plainInMarkdown } from '../../feishu/cards/plainInMarkdown.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

export const periodTotalReply = defineIntent<KindTotal[]>({
  name: 'period-total',
  // The text's own test first (cheap, pure); the report's reading only for the few that pass it (issue 14).
  match: (ctx) => {
    if (!ctx.sender) return null;
    const totals = periodTotals(ctx.text);
    return totals !== undefined && (reportIn(ctx) ?? []).length === 0 ? totals : null;
  },
  async handle(ctx, totals) {
    const said = plainInMarkdown(ctx.text.length > 40 ? `${ctx.text.slice(0, 40)}…` : ctx.text);
    // 本月共开展廉政谈话3人次、签订责任书5份、警示教育1次 (round 65, ged): each total named, the deeds of all asked at once.
    const kinds = [...new Set(totals.map((t) => t.name))];
    const lines =
      totals.length > 1
        ? kindTotalsAsked(said, '合计数', totals)
        : [`「${said}」是一个合计数，不是某一次活动，清风没有记录。`, `请逐条告诉我：${kinds.map(totalDeedNeeds).join('；')}。也可以发送「填报」逐条填写。`];
    await ctx.reply([...lines, ...stillWaiting(ctx.dialog)].join('\n'));
  },
});
