// 「某领导」 is written by two text passes (groupListDoers: of three or more doers none supervises that person;
// groupSignsWith: a head's 班子成员与我签订) so that the reader asks whose the deed was. Read as a doer unknown, it was asked
// as 「「某领导」是哪一位？」 with no one offered — quoting words the member never wrote. It is asked as whose it was instead,
// the leaders the message names (or every leader and the secretary when it names none) offered.
import type { ParseContext, ParsedReport } from './draft.js';

/** The placeholder the passes write for a leader not known. */
export const PLACEHOLDER_LEADER = '某领导';

/**
 * `reports` with each doer asked as 「某领导」 (ambiguous_actor with that text), where the member did not write 某领导
 * in `text`, asked as 'missing_actor' instead: the candidates are the leaders and secretary named in `text`, or all of
 * them when none is named. Other records, and a 某领导 the member wrote, are returned as they are.
 */
export function withPlaceholderLeaderAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (text.includes(PLACEHOLDER_LEADER)) return reports;
  const placeholder = (r: ParsedReport) => r.problems.some((p) => p.code === 'ambiguous_actor' && p.text === PLACEHOLDER_LEADER);
  if (!reports.some(placeholder)) return reports;
  const leaders = ctx.directory.org.people.filter((p) => (p.roles ?? []).some((role) => role === 'leader' || role === 'secretary'));
  const named = leaders.filter((p) => text.includes(p.name));
  const candidateIds = (named.length > 0 ? named : leaders).map((p) => p.id);
  return reports.map((r) =>
    placeholder(r)
      ? { ...r, problems: [{ code: 'missing_actor' as const, candidateIds }, ...r.problems.filter((p) => !(p.code === 'ambiguous_actor' && p.text === PLACEHOLDER_LEADER))] }
      : r,
  );
}
