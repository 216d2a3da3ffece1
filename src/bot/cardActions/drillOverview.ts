// 「返回汇总」 on a drilled card: the completion overview the drill started from, recomputed now.
import { defineCardAction, toast } from '../cardAction.js';
import { overviewCard, refusalFor } from '../completionAnswer.js';
import { answerDrill, drillContext, hasStateShape, STALE } from './drillContext.js';

export const drillOverview = defineCardAction<Record<string, unknown>>({
  action: 'drill_overview',
  parse: (update) => (hasStateShape(update.value) ? update.value : null),
  async handle(ctx, value) {
    const drill = drillContext(ctx, value);
    if (!drill) return STALE;
    const refusal = refusalFor(ctx.deps.directory, drill.viewers, drill.state.scope, drill.state.view);
    if (refusal) return toast('warning', refusal);
    return answerDrill(ctx, drill, overviewCard(ctx.deps, drill.state, drill.viewers, ctx.now));
  },
});
