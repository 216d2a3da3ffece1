// 「和王强是廉政谈话，和李娟是谈心谈话」 to 「是哪一类谈话？」 asked of several talks: each named person's kind.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParseContext } from './draft.js';
import { parseCounterparts } from './parseCounterparts.js';
import { parseKind } from './parseKind.js';
import { shortTalkKind } from './shortTalkKind.js';

/**
 * The kind said for each person in `answer`, clause by clause (「王强廉政谈话，李娟谈心谈话」 · 「和王强、李娟都是廉政谈话」):
 * every clause names one kind and at least one of `people`, and every one of `people` gets exactly one kind.
 * undefined otherwise (no one named, someone left out, a person given two kinds), so nobody's kind is guessed.
 * `people`: directory ids of those talked with.
 */
export function kindsPerPerson(answer: string, people: readonly string[], ctx: ParseContext): Map<string, ActivityTypeCode> | undefined {
  const clauses = answer
    .split(/[，,；;。\n]+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .flatMap((c) => spacedClauses(c, people, ctx));
  const kinds = new Map<string, ActivityTypeCode>();
  for (const clause of clauses) {
    const read = clauseKind(clause, people, ctx);
    if (!read) return undefined;
    for (const id of read.named) {
      if (kinds.has(id)) return undefined;
      kinds.set(id, read.kind);
    }
  }
  return people.every((id) => kinds.has(id)) ? kinds : undefined;
}

/**
 * The kind one clause gives and the people of `people` it names, or undefined. 「王强是廉政」 (round 60, t63b B2): the talk's
 * first word alone (廉政 · 谈心, shortTalkKind) once the names are out, as a bare 「廉政」 answers one talk.
 */
function clauseKind(clause: string, people: readonly string[], ctx: ParseContext): { kind: ActivityTypeCode; named: string[] } | undefined {
  const parsed = parseKind(clause);
  // Their own names only: the sender may well be among those talked with on a clerk's table.
  const found = parseCounterparts(parsed.rest, { ...ctx, senderId: '' }).counterparts.filter((c) => people.includes(c.id));
  const named = found.map((c) => c.id);
  if (named.length === 0) return undefined;
  if (parsed.kind) return { kind: parsed.kind.code, named };
  const names = found.map((c) => ctx.directory.person(c.id)?.name ?? '').filter((n) => n !== '');
  const left = names.reduce((t, n) => t.split(n).join(''), clause).replace(/^[\s、和与跟同及]+/, '').replace(/^(?:的|那次|那个)+/, '');
  const short = shortTalkKind(left);
  return short ? { kind: short, named } : undefined;
}

/**
 * A clause typed with spaces for commas (「王强是廉政 李娟是谈心」, voice input) cut after each part that already names a kind,
 * so each person's kind stays theirs; a clause without spaces, or whose parts name no kind (「王强 李娟 都是廉政谈话」), whole.
 */
function spacedClauses(clause: string, people: readonly string[], ctx: ParseContext): string[] {
  const parts = clause.split(/\s+/).filter((p) => p.length > 0);
  if (parts.length < 2) return [clause];
  const out: string[] = [];
  let current = '';
  for (const part of parts) {
    if (current !== '' && clauseKind(current, people, ctx)) {
      out.push(current);
      current = part;
    } else current = current === '' ? part : `${current} ${part}`;
  }
  out.push(current);
  return out;
}
