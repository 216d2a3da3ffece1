// 「都是谈心谈话」 to 「是哪类活动？」 asked of two talks: the type said for all is every waiting item's (round 20u, C04).
import type { ActivityTypeCode } from '../activityTypes.js';
import { isTalkType } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';
import { problemsOf } from './problemsOf.js';

/** 都是… · 均为… · 全是… · 两次都是… · 都算…: an answer meant for every item the question covers. */
export const FOR_ALL = /^[\s\u0000]*(?:[两二三四五六七八九十\d几]+(?:次|个|条|项|场)?)?(?:都|均|全|全部|全都)(?:是|为|算|属于|按)?/;

/**
 * `items` with `type` put on every item still asked its type (a talk keeps no title or head count, and one record per
 * person talked to, as a single answer would make it); the items' other open questions stay open.
 */
export function typeForAll(items: PendingItem[], type: ActivityTypeCode, today: string): PendingItem[] {
  return items.flatMap((item) => {
    if (!item.problems.some((p) => p.code === 'missing_type')) return [item];
    const { title: _title, attendees: _attendees, ...untitled } = item.draft;
    const typed = isTalkType(type) ? { ...untitled, type } : { ...item.draft, type };
    const pairs = isTalkType(type) || type === 'pledge_sign' ? typed.counterpartIds : [];
    const each = pairs.length > 1 ? pairs.map((id) => ({ ...typed, counterpartIds: [id] })) : [typed];
    const rest = item.problems.filter((p) => p.code === 'ambiguous_actor' || p.code === 'missing_actor');
    return each.map((draft) => ({ draft, problems: [...problemsOf(draft, today), ...rest] }));
  });
}
