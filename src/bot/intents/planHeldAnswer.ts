// 「今天下午要召开党风廉政建设专题会议」 → 「看起来这是计划安排…」 → 「不是计划，会已经开过了」 · 「已经开了」 · 「开过了」 (round 59,
// fcf; t61a F3: 没看懂, the deed never recorded): the member says the deed the plan reply turned away is done. Its words, told
// as done today (heldPlanText), are read as the report they would have been, through the report intent (at once, a card, or a
// question, as that reading decides).
import { heldPlanText, saysPlanHeld } from '../../domain/report/heldPlan.js';
import { createContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { dropPlan, keptPlan } from '../planWaiting.js';
import { report, reportIn } from './report.js';

export const planHeldAnswer = defineIntent<string>({
  name: 'planHeldAnswer',
  match: (ctx) => {
    if (!ctx.sender || !saysPlanHeld(ctx.text)) return null;
    const plan = keptPlan(ctx);
    return plan === undefined ? null : heldPlanText(plan) ?? null;
  },
  async handle(ctx, held) {
    await dropPlan(ctx);
    const told = createContext(ctx.update, held, ctx.deps, ctx.dialog);
    const read = reportIn(told);
    if (read === null || read.length === 0) {
      await ctx.reply('还是没能从那条消息里读出已经完成的活动，未记录。请按「今天下午召开了党风廉政建设专题会议」的样子重新发送。');
      return;
    }
    await report.handle(told, read);
  },
});
