// 宣文部组织观看警示教育片，并签订了廉洁承诺书: a signing that only goes on after a deed of no one in particular names no one
// it was signed with; it is asked 「和谁签订的？」, never put on the card with nobody (round 32a, F3).
import type { ParsedReport } from './draft.js';
import { signingGoesOn } from './signingGoesOn.js';
import { isTalkType } from '../activityTypes.js';

/** 签订了… · 签了… opening the clause, no subject or person before it. */
const BARE_SIGNING = /^[\s\u0000,，、]*(?:也|都|均)?签(?:订|署|了)/;

/** One's own paper (个人廉政承诺书 · 本人…) is signed with no one: kept as it is. */
const OWN_PAPER = /个人|本人|自己/;

/** A record of no kind yet whose kind is asked among the talks (谈了话 with no one named): a talk all the same. */
const untypedTalk = (r: ParsedReport) => r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type' && (p.among ?? []).some((code) => isTalkType(code)));

/**
 * `reports` read from `piece`, each signing that has no counterpart (and no counterpart asked yet) given the
 * missing_counterpart problem, when `piece` only goes on (并签订了…) naming no paper of one's own and `before` (the
 * records of the clause before, in the same entry) holds a deed but no talk or signing naming its people, whose people a
 * signing going on would share (withSharedCounterparts): a talk whose people are still asked (与新入职职工开展了集体廉政
 * 谈话) gives none, so the signing is asked too. Unchanged otherwise.
 */
export function withGoingOnSigningAsked(reports: ParsedReport[], piece: string, before: ParsedReport[]): ParsedReport[] {
  // …集体廉政谈话，签订了责任书: right after a talk a bare signing goes on from it as 并签订 does (withSharedCounterparts).
  // 谈了话，也签了承诺书 (round 37, fjb): a talk whose kind is still asked among the talks goes on the same way.
  const afterTalk = before.some((r) => (r.draft.type !== undefined && isTalkType(r.draft.type)) || untypedTalk(r)) && BARE_SIGNING.test(piece);
  if (reports.length === 0 || before.length === 0 || !(signingGoesOn(piece) || afterTalk) || OWN_PAPER.test(piece)) return reports;
  // …开展了集体廉政谈话，并签订了责任书 with whom the talk was held still asked (round 34c, x2 left it: the signing was on the
  // card with no one): only a talk or signing that names its people gives them to the signing (withSharedCounterparts).
  if (before.some((r) => (r.draft.type === undefined || isTalkType(r.draft.type) || r.draft.type === 'pledge_sign') && r.draft.counterpartIds.length > 0)) return reports;
  const bare = (r: ParsedReport) => r.draft.type === 'pledge_sign' && r.draft.counterpartIds.length === 0 && !r.problems.some((p) => p.code === 'missing_counterpart' || p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  return reports.map((r) => (bare(r) ? { ...r, problems: [...r.problems, { code: 'missing_counterpart' as const }] } : r));
}
