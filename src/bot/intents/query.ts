// 本季度完成情况 and its variants: parse the question, check who may see it, compute, answer with a card.
import { computeCompletion, filterLines, headlineOf } from '../../domain/completion.js';
import { parseQuery, type ParsedQuery } from '../../domain/parseQuery.js';
import { canView, reachOf, restrictLines } from '../../domain/visibility.js';
import { completionCard } from '../../feishu/cards/completionCard.js';
import { defineIntent } from '../intent.js';

export const query = defineIntent<ParsedQuery>({
  name: 'query',
  match: (ctx) =>
    ctx.sender
      ? parseQuery(ctx.text, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, duties: ctx.deps.duties })
      : null,
  async handle(ctx, q) {
    const { directory, duties, store } = ctx.deps;
    const viewer = ctx.sender!.id;
    const notes = [q.understood];
    // A question about the whole organisation is answered within the asker's reach; a named person or department out of reach is refused.
    const broad = q.scope.kind === 'all' || q.scope.kind === 'duty';
    if (broad && !reachOf(directory, viewer).everything) {
      notes.push('仅显示您本人及分管/负责范围内的事项。');
    } else {
      const verdict = canView(directory, viewer, q.scope);
      if (!verdict.allowed) {
        await ctx.reply(verdict.reason);
        return;
      }
    }
    if (q.unplaced && q.unplaced.length > 0) notes.push(`未能识别：${q.unplaced.join('、')}。`);
    const report = store.read((db) =>
      computeCompletion({ directory, duties, activities: ctx.deps.ledger.index(db.activities), view: q.view, now: ctx.now, scope: q.scope }),
    );
    const lines = filterLines(restrictLines(directory, viewer, report.lines), q.filter);
    await ctx.replyCard(
      completionCard({ ...report, lines, headline: headlineOf(lines) }, { title: q.mine ? '我的任务' : '完成情况', understood: notes.join(' ') }),
    );
  },
});
