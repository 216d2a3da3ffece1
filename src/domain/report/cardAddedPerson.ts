// Round 34b §3a (issue 10): 「孙丽科长也谈了」「还有孙丽，也谈了」「孙丽也签了」 while a 确认 card of talks or signings waited
// opened a NEW report asking its type (是哪类活动？), the card left as it was. One more person said with 也 is one more
// record like the card's records of that kind: the same type, doer and day.
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';
import type { PendingItem } from './followUp.js';

/** What the member added: the person (directory id), the deed's verb if said, and a day of its own if said. */
export interface CardAddition {
  personId: string;
  /** 'talk' for 也谈了, 'sign' for 也签了, undefined when no verb was said (还有孙丽，也在). */
  verb?: 'talk' | 'sign';
  /** YYYY-MM-DD when the member said a day of its own. */
  date?: string;
  /** The person's department, the new record's as a talk's counterpart's department is. */
  departmentId?: string;
}

/**
 * The card with the person added: `items` plus one record copied from the card's one record kind (type, doer, day) the
 * words fit, `index` the new record's (0-based); `already` when that person is already in such a record (its index);
 * `which` when the card has records of that kind with different types, doers or days (the words do not say which);
 * undefined when the card has no record the words fit (then they are no such words: a new report, read as one).
 */
export type CardAdded = { kind: 'added'; items: PendingItem[]; index: number } | { kind: 'already'; index: number } | { kind: 'which' };

export function cardAddedPerson(items: readonly PendingItem[], added: CardAddition): CardAdded | undefined {
  const fits = (type: ActivityTypeCode | undefined): boolean =>
    type !== undefined && (added.verb === 'talk' ? isTalkType(type) : added.verb === 'sign' ? type === 'pledge_sign' : isTalkType(type) || type === 'pledge_sign');
  const like = items.map((item, i) => ({ item, i })).filter(({ item }) => fits(item.draft.type) && item.draft.date !== undefined);
  if (like.length === 0) return undefined;
  const held = like.find(({ item }) => item.draft.counterpartIds.includes(added.personId) || item.draft.actorId === added.personId);
  if (held) return { kind: 'already', index: held.i };
  const kinds = new Set(like.map(({ item }) => `${item.draft.type}|${item.draft.date}|${item.draft.actorId ?? ''}`));
  if (kinds.size > 1) return { kind: 'which' };
  const model = like[0]!.item.draft;
  // 孙丽昨天也谈了 with the card's records on another day: another deed, not one more of these.
  if (added.date !== undefined && added.date !== model.date) return undefined;
  // The deed's kind only: its other side, department, notes and photos are the other record's own.
  const draft: ReportDraft = {
    type: model.type,
    date: model.date,
    counterpartIds: [added.personId],
    late: model.late,
    ...(model.actorId !== undefined ? { actorId: model.actorId } : {}),
    ...(model.dutyYear !== undefined ? { dutyYear: model.dutyYear } : {}),
    ...(added.departmentId !== undefined ? { departmentId: added.departmentId } : {}),
  };
  return { kind: 'added', items: [...items, { draft, problems: [] }], index: items.length };
}
