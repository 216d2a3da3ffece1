// 明天检查财务科 (round 29a, B38: asked the type first, and only after the answer said 12-04 had not come): a day still to
// come is said before anything else is asked, so the member learns at once that only deeds done are recorded.
import type { ParsedReport } from './draft.js';

/**
 * `reports` with each record's `future_date` problem moved first (the bot asks a record's first problem); records without
 * one are returned as they are.
 */
export function withFutureDayFirst(reports: ParsedReport[]): ParsedReport[] {
  return reports.map((r) => {
    const at = r.problems.findIndex((p) => p.code === 'future_date');
    return at <= 0 ? r : { ...r, problems: [r.problems[at]!, ...r.problems.filter((_p, i) => i !== at)] };
  });
}
