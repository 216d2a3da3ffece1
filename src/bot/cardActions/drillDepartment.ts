// A department button on a completion card: the same question for that department, with a way back.
import { defineCardAction, toast } from '../cardAction.js';
import { backButton, overviewCard, refusalFor } from '../completionAnswer.js';
import { withDepartment } from '../completionState.js';
import { answerDrill, drillContext, hasStateShape, STALE } from './drillContext.js';

export const drillDepartment = defineCardAction<Record<string, unknown> & { departmentId: string }>({
  action: 'drill_department',
  parse: (update) =>
    hasStateShape(update.value) && typeof update.value.departmentId === 'string'
      ? { ...update.value, departmentId: update.value.departmentId }
      : null,
  async handle(ctx, value) {
    const drill = drillContext(ctx, value);
    if (!drill || !ctx.deps.directory.department(value.departmentId)) return STALE;
    const state = { ...drill.state, scope: withDepartment(drill.state.scope, value.departmentId) };
    const refusal = refusalFor(ctx.deps.directory, drill.viewers, state.scope, state.view);
    if (refusal) return toast('warning', refusal);
    return answerDrill(ctx, drill, overviewCard(ctx.deps, state, drill.viewers, ctx.now, { footer: [backButton(drill.state)] }));
  },
});
