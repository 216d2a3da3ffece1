// What every drill-down button shares: its question read back against the config in force, and who may see the answer.
import type { CardActionResponse } from '../botUpdate.js';
import { toast, withCard, type CardContext } from '../cardAction.js';
import { readState, type QueryState } from '../completionState.js';

export const STALE: CardActionResponse = toast('warning', '这张卡片已过期（配置可能已更新），请重新发送问题。');

/** Cheap shape check for parse(); the directory check waits for the handler, which has the deps. */
export function hasStateShape(value: Record<string, unknown>): boolean {
  return typeof value.view === 'string' && typeof value.scope === 'object' && value.scope !== null && typeof value.asker === 'string';
}

/** A drill tap read back: the question as the clicker will own it, and whether it is answered privately. */
export interface Drill {
  /** The question, with the clicker as its asker (their buttons then answer them in place). */
  state: QueryState;
  viewers: string[];
  /** The card's asker when the clicker is someone else (a group card is seen by all); undefined for the asker's own tap. */
  otherAsker?: string;
}

/**
 * Whose eyes the answer is for: the asker's own tap replaces the card; anyone else's tap is answered privately, within
 * what the clicker may see, so one member's tap never replaces the card the group reads.
 */
export function drillContext(ctx: CardContext, value: Record<string, unknown>): Drill | null {
  const state = readState(value, ctx.deps.directory, ctx.deps.duties);
  if (!state) return null;
  const own = ctx.operator.id === state.asker;
  return { state: own ? state : { ...state, asker: ctx.operator.id }, viewers: [ctx.operator.id], ...(own ? {} : { otherAsker: state.asker }) };
}

/**
 * The drill card: in place of the clicked card for the asker; for anyone else a private message (uuid from the event,
 * so a redelivered tap sends once) and a toast saying where it went, the group's card unchanged (found by newcomer n3:
 * a member's tap turned the secretary's group card into "王芳本人的…没有需要完成的事项" for everyone).
 */
export async function answerDrill(ctx: CardContext, drill: Drill, card: object): Promise<CardActionResponse> {
  if (drill.otherAsker === undefined) return withCard({}, card);
  await ctx.deps.feishu.send({ openId: ctx.update.operatorOpenId }, { kind: 'card', card }, { uuid: `d-${ctx.update.eventId}`.slice(0, 50) });
  const asker = ctx.deps.directory.person(drill.otherAsker)?.name ?? '提问人';
  return toast('info', `这张卡片是${asker}的提问，群里的卡片不变；按您的查看范围展开的明细已私信发给您。`);
}
