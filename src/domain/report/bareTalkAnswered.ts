// 「和王建国，廉政谈话」 to 是哪类活动 after 李明's 「昨天谈话了」 (bareTalk; round 28 o, issue 10): the answer names the
// kind and the person at once. Taken as a new report it dropped the waiting one and lost its day (asked again); it is
// the answer, read as 「昨天和王建国进行了廉政谈话」 would be (the superior's, on the card).
import { isTalkType } from '../activityTypes.js';
import type { ConfirmReason, ParseContext, ReportDraft } from './draft.js';
import { type PendingItem } from './followUp.js';
import { problemsOf } from './problemsOf.js';
import { parseReport } from './parseReport.js';
import { shanghaiDate } from '../shanghai.js';

export interface BareTalkAnswer {
  items: PendingItem[];
  remarks: string[];
  reasons: ConfirmReason[];
}

/**
 * The waiting bare talk (one item, no kind, no one named, its kind asked) completed by an `answer` that reads as talks or
 * signings with people and no day of their own: each takes the waiting day. Undefined for anything else.
 */
export function bareTalkAnswered(items: readonly PendingItem[], answer: string, ctx: ParseContext): BareTalkAnswer | undefined {
  const [only] = items;
  if (items.length !== 1 || !only || only.draft.type !== undefined || only.draft.counterpartIds.length > 0 || only.problems[0]?.code !== 'missing_type') return undefined;
  const fresh = parseReport(answer, ctx);
  if (!fresh || fresh.length === 0) return undefined;
  const fits = fresh.every(
    (r) =>
      r.draft.type !== undefined &&
      (isTalkType(r.draft.type) || r.draft.type === 'pledge_sign') &&
      r.draft.counterpartIds.length > 0 &&
      r.draft.date === undefined &&
      r.problems.every((p) => p.code === 'missing_date'),
  );
  if (!fits) return undefined;
  const today = shanghaiDate(ctx.now);
  const day = only.draft.date;
  const filled = fresh.map((r) => {
    const draft: ReportDraft = day !== undefined ? { ...r.draft, date: day, late: only.draft.late } : r.draft;
    return { draft, problems: problemsOf(draft, today) };
  });
  return { items: filled, remarks: fresh.flatMap((r) => r.remarks), reasons: [...new Set(fresh.flatMap((r) => r.reasons ?? []))] };
}
