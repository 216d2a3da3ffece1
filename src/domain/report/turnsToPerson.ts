// 与王磊 · 和王部长 · 找孙科长: whether a clause turns to someone, who is then the one talked or signed with, not its doer.
import type { ParseContext } from './draft.js';

/**
 * Whether `text` turns to the person `id` — 与/和/跟/同/找/约, then their name or their surname and a post (王部长, 孙科长,
 * 王副理事长). False for an id not in the directory.
 */
export function turnsTo(text: string, id: string, ctx: ParseContext): boolean {
  const name = ctx.directory.person(id)?.name;
  if (!name) return false;
  return new RegExp(`(?:与|和|跟|同(?!志)|找|约)[\\s\\u0000]*(?:${name}|${name[0]}(?:副?(?:部长|科长|主任|书记|理事长)))`).test(text);
}
