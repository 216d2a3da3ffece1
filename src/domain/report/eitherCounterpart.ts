// 11月20日与王强或李娟进行了谈心谈话 (round 33a, r1's probe: two talks recorded at once): 「X或Y」 names two people one of whom
// was talked to (or signed with); read as a list, a talk that did not happen was stored. One record is kept and who it
// was with is asked among the two.
import type { Directory } from '../organization.js';
import { guardedAlternation } from './guardedAlternation.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { oncePer } from './oncePer.js';
import { directoryNames } from './directoryNames.js';

/** 「X或Y」 of two directory names (a title after the first allowed), built once per directory (issue 14). */
const patternOf = oncePer((directory: Directory): RegExp => {
  const name = `(${guardedAlternation(directoryNames(directory))})`;
  return new RegExp(`${name}(?:同志|部长|科长|主任)?(?:或者|或|还是)${name}`, 'g');
});

/**
 * `reports` with each pair of records that differ only in their one counterpart, the two people of a 「X或Y」 in `text`,
 * made one record whose counterpart is asked among them (ambiguous_counterpart, the words X或Y). Records of one of the
 * two as the doer are untouched (X或Y as the doer is eitherDoer's). Unchanged when `text` holds no such pair.
 */
export function withEitherCounterpartAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!/或|还是/.test(text)) return reports;
  let out = reports;
  for (const m of text.matchAll(patternOf(ctx.directory))) {
    const id = (n: string) => ctx.directory.org.people.find((p) => p.name === n)?.id;
    const [a, b] = [id(m[1]!), id(m[2]!)];
    if (!a || !b || a === b) continue;
    const only = (r: ParsedReport, who: string) => r.draft.counterpartIds.length === 1 && r.draft.counterpartIds[0] === who;
    const first = out.find((r) => only(r, a));
    const second = first && out.find((r) => only(r, b) && r.draft.type === first.draft.type && r.draft.date === first.draft.date && r.draft.actorId === first.draft.actorId);
    if (!first || !second) continue;
    const { departmentId: _whose, ...draft } = first.draft;
    const asked: ParsedReport = {
      ...first,
      draft: { ...draft, counterpartIds: [] },
      problems: [{ code: 'ambiguous_counterpart', text: m[0], candidateIds: [a, b] }, ...first.problems],
    };
    out = out.flatMap((r) => (r === first ? [asked] : r === second ? [] : [r]));
  }
  return out;
}
