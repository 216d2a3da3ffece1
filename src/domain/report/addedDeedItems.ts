// The records an answer's addition adds (answerAddsDeed), built from the waiting record the answer just filled: 「廉政谈话
// 同一天还找吴静也谈了」 to 王建国–周涛's 是哪类活动？ is 王建国–吴静 廉政谈话 on 周涛's day (round 60, fbe; t62b G1).
import { type PendingItem } from './followUp.js';
import { problemsOf } from './problemsOf.js';
import { periodOf } from '../period.js';
import type { AddedDeed } from './answerAddsDeed.js';
import type { ReportDraft } from './draft.js';

/**
 * `items` (the waiting report after the answer) with one item per added record appended, each taking what the addition
 * did not say from `items[askedAt]` (the record the question was about): its doer (never the sender when that record's
 * doer is another), day and type. An added doer of 'sender' is the sender's own record (no actorId). Counterparts the
 * report already has with the same doer, type and day are not added twice. `today` is YYYY-MM-DD in Shanghai.
 */
export function addedDeedItems(items: PendingItem[], askedAt: number, added: AddedDeed[], today: string): PendingItem[] {
  const base = items[askedAt]?.draft;
  if (base === undefined) return items;
  const quarterStart = periodOf('quarter', today).start;
  const extra: PendingItem[] = [];
  for (const a of added) {
    const type = a.type ?? base.type;
    const date = a.date ?? base.date;
    const doer = a.actorId === 'sender' ? undefined : (a.actorId ?? base.actorId);
    for (const id of a.sameCounterparts ? base.counterpartIds : a.counterpartIds) {
      const draft: ReportDraft = {
        ...(type !== undefined ? { type } : {}),
        ...(date !== undefined ? { date } : {}),
        late: date !== undefined && date < quarterStart,
        ...(doer !== undefined ? { actorId: doer } : {}),
        counterpartIds: [id],
      };
      const same = [...items, ...extra].some((i) => i.draft.type === type && i.draft.date === date && i.draft.actorId === doer && i.draft.counterpartIds.includes(id));
      if (!same) extra.push({ draft, problems: problemsOf(draft, today) });
    }
  }
  return [...items, ...extra];
}
