// 「今天下午要召开党风廉政建设专题会议」 → the plan reply → 「不是计划，会已经开过了」 (round 59, fcf; t61a F3: 没看懂): the message a
// plan reply answered is kept beside the dialogs in db.json under its own key (as foundRecords keeps a search), so no dialog
// lookup, waiting-card count or 确认 ever sees it; it lasts as long as a dialog, and a short 「已经开了」 after it records the deed.
import type { BotContext } from './botContext.js';
import { DIALOG_TTL_MS, dialogKey } from './dialogStore.js';

/** What is kept: the plan's words as the member sent them. */
interface PlanKept {
  kind: 'plan';
  text: string;
}

function planKey(ctx: BotContext): string {
  return `plan:${dialogKey(ctx.update.chatId, ctx.update.senderOpenId)}`;
}

/** Remembers `ctx.text` (the message the plan reply answered), replacing any earlier plan of the member in the chat. */
export async function keepPlan(ctx: BotContext): Promise<void> {
  const key = planKey(ctx);
  const data: PlanKept = { kind: 'plan', text: ctx.text };
  const createdAt = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + DIALOG_TTL_MS).toISOString();
  await ctx.deps.store.update((db) => {
    db.dialogs = db.dialogs.filter((x) => x.key !== key);
    db.dialogs.push({ key, kind: 'plan', createdAt, expiresAt, data });
  });
}

/** The words of the member's last plan, while still live (30 minutes), or undefined. */
export function keptPlan(ctx: BotContext): string | undefined {
  const key = planKey(ctx);
  const at = ctx.now.toISOString();
  const d = ctx.deps.store.read((db) => db.dialogs.find((x) => x.key === key && x.expiresAt > at));
  const kept = d?.data as PlanKept | undefined;
  return kept?.kind === 'plan' && typeof kept.text === 'string' ? kept.text : undefined;
}

/** Forgets the member's kept plan (answered, or superseded). */
export async function dropPlan(ctx: BotContext): Promise<void> {
  const key = planKey(ctx);
  if (!ctx.deps.store.read((db) => db.dialogs.some((x) => x.key === key))) return;
  await ctx.deps.store.update((db) => {
    db.dialogs = db.dialogs.filter((x) => x.key !== key);
  });
}
