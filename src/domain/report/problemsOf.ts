import { isTalkType } from '../activityTypes.js';
import type { ReportDraft, ReportProblem } from './draft.js';

/** A draft's problems, recomputed from its fields (the parser's own rules, for the fields a follow-up can fill). */
export function problemsOf(draft: ReportDraft, today: string): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (!draft.type) problems.push({ code: 'missing_type' });
  if (!draft.date) problems.push({ code: 'missing_date' });
  else if (draft.date > today) problems.push({ code: 'future_date', date: draft.date });
  if (draft.type && isTalkType(draft.type) && draft.counterpartIds.length === 0) problems.push({ code: 'missing_counterpart' });
  return problems;
}
