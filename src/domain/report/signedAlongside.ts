// 「和赵磊进行了廉政谈话」 → 「是哪一天？」 → 「上周五，顺便签了承诺书」 (round 22u A2): the signing was stored at once with no one
// and the talk thrown away. A signing added in an answer with no one named was signed with those just talked to, that day.
import { isTalkType } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';

/**
 * The new report's signings that name no one, given the people and day of the answered talks (one per person); any
 * other item as it was. `answered`: the waiting items after the answer was applied.
 */
export function withSigningAlongside(fresh: PendingItem[], answered: PendingItem[]): PendingItem[] {
  const talk = answered.find((i) => i.draft.type !== undefined && isTalkType(i.draft.type) && i.draft.date !== undefined);
  if (!talk) return fresh;
  const people = [...new Set(answered.filter((i) => i.draft.type === talk.draft.type && i.draft.date === talk.draft.date && i.draft.actorId === talk.draft.actorId).flatMap((i) => i.draft.counterpartIds))];
  return fresh.flatMap((item) => {
    if (item.draft.type !== 'pledge_sign' || item.draft.counterpartIds.length > 0 || people.length === 0) return [item];
    const { actorId } = talk.draft;
    return people.map((id) => ({
      draft: { ...item.draft, date: talk.draft.date, late: talk.draft.late, counterpartIds: [id], ...(actorId ? { actorId } : {}) },
      problems: item.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date'),
    }));
  });
}
