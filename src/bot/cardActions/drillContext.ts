// What every drill-down button shares: its question read back against the config in force, and who may see the answer.
import type { CardActionResponse } from '../botUpdate.js';
import { toast, type CardContext } from '../cardAction.js';
import { readState, type QueryState } from '../completionState.js';

export const STALE: CardActionResponse = toast('warning', '这张卡片已过期（配置可能已更新），请重新发送问题。');

/** Cheap shape check for parse(); the directory check waits for the handler, which has the deps. */
export function hasStateShape(value: Record<string, unknown>): boolean {
  return typeof value.view === 'string' && typeof value.scope === 'object' && value.scope !== null && typeof value.asker === 'string';
}

/**
 * The clicker and the asker both restrict the answer: in a group, a card is seen by all,
 * so a click never widens it beyond what the asker could see, nor beyond the clicker.
 */
export function drillContext(ctx: CardContext, value: Record<string, unknown>): { state: QueryState; viewers: string[] } | null {
  const state = readState(value, ctx.deps.directory, ctx.deps.duties);
  if (!state) return null;
  const viewers = [...new Set([ctx.operator.id, state.asker])];
  return { state, viewers };
}
