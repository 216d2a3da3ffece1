// 「这次警示教育（32人参加）是谁组织的？…」 (round 69, gia; t71c: 王芳's summary 警示教育 put on 李明's card, stored on 确认): an
// education a clerk told of beyond her unit (beyondOwnUnit) is asked by its organiser, each choice named by the body it
// stands for — 党组 · 机关党委 · the unit — so the member taps who organised it, not whose name to write.
import { activityTypeName } from '../domain/activityTypes.js';
import type { PendingItem } from '../domain/report/followUp.js';
import type { BotDeps } from './botDeps.js';

/**
 * The question for `item`'s organiser among `candidateIds` (directory ids, as the buttons offer them): the kind and what is
 * known of it, then for each of the first choices the body it stands for (the 党组书记 → 党组, the 机关党委书记 → 机关党委, a
 * department's head → that department) and the person to tap, and that a body's name or a leader's name may be typed.
 */
export function organiserQuestion(deps: BotDeps, item: PendingItem, candidateIds: readonly string[]): string {
  const kind = item.draft.type ? activityTypeName(item.draft.type) : '活动';
  const known = [item.draft.title ? `《${item.draft.title}》` : '', item.draft.attendees !== undefined ? `${item.draft.attendees}人参加` : ''].filter((k) => k !== '');
  const choices = candidateIds.flatMap((id) => {
    const body = bodyOf(deps, id);
    const name = deps.directory.person(id)?.name;
    return body !== undefined && name !== undefined ? [{ body, name }] : [];
  });
  const tap = choices.map((c) => `${c.body}组织的请点${c.name}`).join('，');
  const typed = choices.map((c) => `「${c.body}」`).join('');
  return `这次${kind}${known.length > 0 ? `（${known.join('，')}）` : ''}是谁组织的？记在组织者名下（您为上报人）：${tap}；也可以回复${typed}或领导的姓名。`;
}

/** The body a choice stands for: the 党组 for its 书记, the 机关党委 for its 书记, a department for its head; else none. */
function bodyOf(deps: BotDeps, id: string): string | undefined {
  const p = deps.directory.person(id);
  if (p === undefined) return undefined;
  if (p.roles.includes('secretary')) return '党组';
  if (p.title.includes('机关党委书记')) return '机关党委';
  return deps.directory.headedBy(id)[0]?.name;
}
