// 「和王强是廉政谈话，和李娟是谈心谈话」 to 「是哪一类谈话？」 asked of several talks: each named person's kind.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParseContext } from './draft.js';
import { parseCounterparts } from './parseCounterparts.js';
import { parseKind } from './parseKind.js';

/**
 * The kind said for each person in `answer`, clause by clause (「王强廉政谈话，李娟谈心谈话」 · 「和王强、李娟都是廉政谈话」):
 * every clause names one kind and at least one of `people`, and every one of `people` gets exactly one kind.
 * undefined otherwise (no one named, someone left out, a person given two kinds), so nobody's kind is guessed.
 * `people`: directory ids of those talked with.
 */
export function kindsPerPerson(answer: string, people: readonly string[], ctx: ParseContext): Map<string, ActivityTypeCode> | undefined {
  const clauses = answer.split(/[，,；;。\n]+/).map((c) => c.trim()).filter((c) => c.length > 0);
  const kinds = new Map<string, ActivityTypeCode>();
  for (const clause of clauses) {
    const kind = parseKind(clause).kind;
    // Their own names only: the sender may well be among those talked with on a clerk's table.
    const named = parseCounterparts(parseKind(clause).rest, { ...ctx, senderId: '' }).counterparts.map((c) => c.id).filter((id) => people.includes(id));
    if (!kind || named.length === 0) return undefined;
    for (const id of named) {
      if (kinds.has(id)) return undefined;
      kinds.set(id, kind.code);
    }
  }
  return people.every((id) => kinds.has(id)) ? kinds : undefined;
}
