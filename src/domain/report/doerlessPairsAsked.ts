// 林晓「本月共开展廉政谈话2人次，其中与王强谈话1次、与李娟谈话1次」 (round 66, gfa; geh's leftover): a counted lead's 其中 pairs
// that name no doer were three records — one untyped with both people, two of no one — all the clerk's. Written by a clerk
// they are someone's talks the message does not name: the doer is asked, never the clerk's unasked. Written by the one who
// would hold them (a head of their own staff, a 分管 leader, the secretary) they stay the sender's, as a first-person line.
import { isTalkType } from '../activityTypes.js';
import { likelyDoers, plausiblyTheirs } from './blankDoerAsked.js';
import type { ParseContext, ParsedReport } from './draft.js';

/**
 * `reports` (the doerless pairs read as the sender's) with every talk of no doer asked whose (missing_actor) unless the
 * sender would plausibly hold every such talk. One list of candidates for them all — the likeliest doers of each person
 * talked with, the sender last — so a group's eight talks offer the same names — and the lead's words (`lead`, 本月共开展
 * 廉政谈话8人次) as the question's body, so one answer is every one's (followUp's sameBodyAnswered). Records with a doer,
 * of no talk, or already asked are kept. Pure.
 */
export function withDoerlessPairsAsked(reports: ParsedReport[], ctx: ParseContext, lead: string): ParsedReport[] {
  const open = (r: ParsedReport) => r.draft.actorId === undefined && !r.problems.some((p) => p.code === 'missing_actor') && (r.draft.type === undefined || isTalkType(r.draft.type));
  const people = reports.filter(open).flatMap((r) => r.draft.counterpartIds);
  if (people.length > 0 && people.every((id) => plausiblyTheirs(ctx.senderId, id, ctx.directory))) return reports;
  const candidateIds = [...new Set(people.flatMap((id) => likelyDoers(id, ctx)).filter((id) => id !== ctx.senderId)), ctx.senderId];
  return reports.map((r) => (open(r) ? { ...r, problems: [...r.problems, { code: 'missing_actor' as const, candidateIds, body: lead }] } : r));
}
