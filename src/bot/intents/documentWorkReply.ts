// 起草了《2026年度党风廉政建设责任书》 · 修订完善了责任书文本 alone (r2, issue 10: a 签订责任书 with nobody on a card): the member
// is told that part was not recorded and why, and how a signing is reported — never stored, never 没看懂.
import { documentWork, documentWorkRemark } from '../../domain/report/documentWork.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/** How a signing is reported, said after the clauses that were not recorded. */
const HOW_TO_SIGN = '签订责任书完成后，请写明日期和与谁签订，例如「11月20日与财务科孙丽签订了党风廉政建设责任书」。';

/** A message of nothing but work on a pledge paper (起草 · 修订 · 印发): the clauses named, nothing stored. */
export const documentWorkReply = defineIntent<string[]>({
  name: 'document-work',
  match: (ctx) => {
    // The text's own test first, the report's reading after it (both pure, the reading kept per message): most messages
    // (我的任务, completion questions) are none of this, and reading them as a report was ~40 % of their cost (issue 14, r47).
    if (!ctx.sender) return null;
    const clauses = documentWork(ctx.text)?.clauses;
    return clauses !== undefined && (reportIn(ctx) ?? []).length === 0 ? clauses : null;
  },
  async handle(ctx, clauses) {
    await ctx.reply([`${documentWorkRemark(clauses)}。${HOW_TO_SIGN}`, ...stillWaiting(ctx.dialog)].join('\n'));
  },
});
