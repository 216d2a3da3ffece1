// 林晓「本月共开展廉政谈话2人次，其中与王强谈话1次、与李娟谈话1次」 (round 66, gfa; geh's leftover): a counted lead's 其中 pairs
// that name no doer were three records — one untyped with both people, two of no one — all the clerk's. Written by a clerk
// they are someone's talks the message does not name: the doer is asked, never the clerk's unasked. Written by the one who
// would hold them (a head of their own staff, a 分管 leader, the secretary) they stay the sender's, as a first-person line.
import { isTalkType } from '../activityTypes.js';
import { likelyDoers, plausiblyTheirs } from './blankDoerAsked.js';
import type { ParseContext, ParsedReport } from './draft.js';

/**
 * `read` (the doerless pairs read as the sender's) with every talk of no doer asked whose (missing_actor) unless the
 * sender would plausibly hold every such talk. One list of candidates for them all — the likeliest doers of each person
 * talked with, the sender last — so a group's eight talks offer the same names — and the lead's words (`lead`, 本月共开展
 * 廉政谈话8人次) as the question's body, so one answer is every one's (followUp's sameBodyAnswered). Records with a doer,
 * of no talk, or already asked are kept. Pure.
 */
export function withDoerlessPairsAsked(read: ParsedReport[], ctx: ParseContext, lead: string): ParsedReport[] {
  const turned = new Set(read.filter((r) => turnedRound(r, ctx)).map((r) => r.draft.actorId!));
  const reports = read.map((r) => unturned(r, ctx, turned));
  const open = (r: ParsedReport) => r.draft.actorId === undefined && !r.problems.some((p) => p.code === 'missing_actor') && (r.draft.type === undefined || isTalkType(r.draft.type));
  const people = reports.filter(open).flatMap((r) => r.draft.counterpartIds);
  if (people.length > 0 && people.every((id) => plausiblyTheirs(ctx.senderId, id, ctx.directory))) return read;
  const candidateIds = [...new Set(people.flatMap((id) => likelyDoers(id, ctx)).filter((id) => id !== ctx.senderId)), ctx.senderId];
  return reports.map((r) => (open(r) ? { ...r, problems: [...r.problems, { code: 'missing_actor' as const, candidateIds, body: lead }] } : r));
}

/**
 * A doerless pair given a doer by the readers (胡军 「本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次」 → 李明 the doer, as
 * a clerk's first-person 与李明谈话 is turned round to his superior's talk; the next pair 与王芳 then 李明's too; round 67,
 * ggd) as a talk of no doer: the clerk writes of the unit's talks, not his own, so who held it is not known and is asked. A
 * talk whose doer has no one but the sender to talk with was turned round: that doer is the one talked with; the same doer
 * on a later pair's talk was carried from it and goes. A doer the message wrote (另黄志刚与孙丽谈心1次) stays. A sender who
 * would hold every such talk keeps the readers' reading (withDoerlessPairsAsked returns it untouched).
 */
function unturned(r: ParsedReport, ctx: ParseContext, turned: ReadonlySet<string>): ParsedReport {
  const d = r.draft;
  if (d.actorId === undefined || !turned.has(d.actorId) || d.type === undefined || !isTalkType(d.type)) return r;
  const { actorId, ...draft } = d;
  const others = d.counterpartIds.filter((id) => id !== ctx.senderId);
  if (others.length > 0) return { ...r, draft: { ...draft, counterpartIds: others } };
  return { ...r, draft: { ...draft, counterpartIds: [actorId] }, problems: r.problems.filter((p) => p.code !== 'missing_counterpart' && p.code !== 'missing_actor') };
}

/** A talk of someone else's whose only counterpart is the sender, or none: a clerk's 与李明谈话 turned round to 李明's. */
function turnedRound(r: ParsedReport, ctx: ParseContext): boolean {
  const d = r.draft;
  return d.actorId !== undefined && d.actorId !== ctx.senderId && d.type !== undefined && isTalkType(d.type) && d.counterpartIds.every((id) => id === ctx.senderId);
}
