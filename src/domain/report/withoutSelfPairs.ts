// A talk or 责任书 whose doer is its own counterpart (刘芳与刘芳谈话) is a misreading, never a record (round 19 #6: three
// self-talks reached a card when two 分别 sentences were paired across).
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** Talks and signings are done between two different people. */
const PAIRED = new Set<string>(['talk_integrity', 'talk_heart', 'pledge_sign']);

/**
 * Drops every paired record whose doer (the sender when none is named) is its only counterpart and says so on the card
 * of what is left, shown for a tap; when nothing is left, the first one stays, its counterpart asked instead.
 */
export function withoutSelfPairs(reports: ParsedReport[], directory: Directory, senderId: string): ParsedReport[] {
  const self = (r: ParsedReport) =>
    r.draft.type !== undefined && PAIRED.has(r.draft.type) && r.draft.counterpartIds.length === 1 && r.draft.counterpartIds[0] === (r.draft.actorId ?? senderId) &&
    // A doer still asked about (宣文部周部长和我…, issue #10; 开展廉政谈话，对象为本人, round 39) is someone else, not the sender by default.
    !r.problems.some((p) => p.code === 'ambiguous_actor' || p.code === 'missing_actor');
  const dropped = reports.filter(self);
  if (dropped.length === 0) return reports;
  const kept = reports.filter((r) => !self(r));
  if (kept.length === 0) {
    const first = dropped[0]!;
    return [{ ...first, draft: { ...first.draft, counterpartIds: [] }, problems: [...first.problems, { code: 'missing_counterpart' }] }];
  }
  const names = [...new Set(dropped.map((r) => directory.person(r.draft.counterpartIds[0]!)?.name ?? '活动人'))].join('、');
  kept[0]!.remarks.push(`消息里读出${names}与本人的谈话或签订，不成立，未记录；如有遗漏请点「修改」`);
  for (const r of kept) r.reasons = [...(r.reasons ?? []), 'items'];
  return kept;
}
