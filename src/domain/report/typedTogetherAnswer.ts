// The answer to 「是哪一类谈话？」 asked once of several talks (typedTogether): one kind for them all, or a kind per person.
import type { ParseContext } from './draft.js';
import type { PendingItem } from './followUp.js';
import { kindsPerPerson } from './kindsPerPerson.js';
import { parseKind } from './parseKind.js';
import { parseCounterparts } from './parseCounterparts.js';
import { FOR_ALL, typeForAll } from './typeForAll.js';
import { normalizeText } from './parseNormalize.js';
import { isTalkType } from '../activityTypes.js';

/** True when `answer` names one of `people` (directory ids). */
function namesAny(answer: string, people: readonly string[], ctx: ParseContext): boolean {
  return parseCounterparts(parseKind(answer).rest, { ...ctx, senderId: '' }).counterparts.some((c) => people.includes(c.id));
}

/**
 * `items` with the kind of every item at `together` (indexes from typedTogether) answered by `answer`: 「廉政谈话」 (or
 * 「都是…」) types each of them; 「和王强是廉政谈话，和李娟是谈心谈话」 types each person's talks by what was said for
 * them; an answer naming only some of them is none. A talk with several people becomes one record per person, as a single answer makes it. undefined when the
 * answer names no kind (the question stays open). `today`: YYYY-MM-DD in Asia/Shanghai.
 */
export function typedTogetherAnswer(items: readonly PendingItem[], together: readonly number[], answer: string, ctx: ParseContext, today: string): PendingItem[] | undefined {
  const people = [...new Set(together.flatMap((i) => items[i]!.draft.counterpartIds))];
  const perPerson = kindsPerPerson(answer, people, ctx);
  // An answer naming some of them (「和王强是廉政谈话」) is for those named only: never one kind put on everyone.
  if (!perPerson && namesAny(answer, people, ctx)) return undefined;
  const kind = perPerson ? undefined : parseKind(answer).kind;
  if (!perPerson && !kind) return undefined;
  // 「都是廉政谈话」 to the kind of 刘芳's 2 talks while 陈志强's talk waits for its kind too (round 58, fdb; t60b F12: asked
  // again): 都是 covers every talk still asked its kind, each with someone talked to, as one more question would.
  const forAll = kind !== undefined && FOR_ALL.test(normalizeText(answer));
  const alsoTyped = (item: PendingItem) => forAll && item.draft.type === undefined && item.draft.counterpartIds.length > 0 && item.problems.some((p) => p.code === 'missing_type');
  return items.flatMap((item, i) => {
    if (!together.includes(i) && alsoTyped(item) && isTalkType(kind!.code)) return typeForAll([item], kind!.code, today);
    if (!together.includes(i)) return [item];
    if (!perPerson) return typeForAll([item], kind!.code, today);
    return item.draft.counterpartIds.flatMap((id) => typeForAll([{ ...item, draft: { ...item.draft, counterpartIds: [id] } }], perPerson.get(id)!, today));
  });
}
