// 「… 明细」: one duty of a completion card in full, for whoever clicked and within what the asker could see too.
import { defineCardAction, toast } from '../cardAction.js';
import { dutyCard, refusalFor } from '../completionAnswer.js';
import { withDuty } from '../completionState.js';
import { answerDrill, drillContext, hasStateShape, STALE } from './drillContext.js';

export const drillDuty = defineCardAction<Record<string, unknown> & { dutyId: string }>({
  action: 'drill_duty',
  parse: (update) => (hasStateShape(update.value) && typeof update.value.dutyId === 'string' ? { ...update.value, dutyId: update.value.dutyId } : null),
  async handle(ctx, value) {
    const drill = drillContext(ctx, value);
    if (!drill || !ctx.deps.duties.some((d) => d.id === value.dutyId)) return STALE;
    const refusal = refusalFor(ctx.deps.directory, drill.viewers, withDuty(drill.state.scope, value.dutyId), drill.state.view);
    if (refusal) return toast('warning', refusal);
    return answerDrill(ctx, drill, dutyCard(ctx.deps, drill.state, value.dutyId, drill.viewers, ctx.now));
  },
});
