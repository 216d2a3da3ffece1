// 宣文部组织观看警示教育片，并签订了廉洁承诺书: a signing that only goes on after a deed of no one in particular names no one
// it was signed with; it is asked 「和谁签订的？」, never put on the card with nobody (round 32a, F3).
import type { ParsedReport } from './draft.js';
import { signingGoesOn } from './signingGoesOn.js';
import { isTalkType } from '../activityTypes.js';

/** One's own paper (个人廉政承诺书 · 本人…) is signed with no one: kept as it is. */
const OWN_PAPER = /个人|本人|自己/;

/**
 * `reports` read from `piece`, each signing that has no counterpart (and no counterpart asked yet) given the
 * missing_counterpart problem, when `piece` only goes on (并签订了…) naming no paper of one's own and `before` (the
 * records of the clause before, in the same entry) holds a deed but no talk or signing with someone, whose people a
 * signing going on would share (withSharedCounterparts). Unchanged otherwise.
 */
export function withGoingOnSigningAsked(reports: ParsedReport[], piece: string, before: ParsedReport[]): ParsedReport[] {
  if (reports.length === 0 || before.length === 0 || !signingGoesOn(piece) || OWN_PAPER.test(piece)) return reports;
  if (before.some((r) => r.draft.type === undefined || isTalkType(r.draft.type) || r.draft.type === 'pledge_sign')) return reports;
  const bare = (r: ParsedReport) => r.draft.type === 'pledge_sign' && r.draft.counterpartIds.length === 0 && !r.problems.some((p) => p.code === 'missing_counterpart' || p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  return reports.map((r) => (bare(r) ? { ...r, problems: [...r.problems, { code: 'missing_counterpart' as const }] } : r));
}
