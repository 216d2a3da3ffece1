// Everything the 台账 workbook shows, computed purely: the period, the scope, the 汇总 lines and the activity rows.
import type { Activity } from '../activity.js';
import type { CompletionInput, Scope } from '../completion/types.js';
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { Period } from '../period.js';
import { ledgerRows, type LedgerRow } from './rows.js';
import { recordLateRule } from '../completion/late.js';
import { selectLedgerActivities } from './select.js';
import { ledgerSummary, type SummaryRow } from './summary.js';
import { scopeLabel, type Viewer } from './visibility.js';

export interface LedgerExport {
  organization: string;
  period: Period;
  /** 全单位 / 王建国及分管科室（…） / 李明本人 */
  scope: string;
  asOf: Date;
  summary: SummaryRow[];
  rows: LedgerRow[];
}

export interface LedgerExportInput {
  directory: Directory;
  duties: readonly Duty[];
  activities: readonly Activity[];
  /** The same records indexed, when the caller keeps an index (the bot); else built from `activities`. */
  index?: CompletionInput['activities'];
  period: Period;
  now: Date;
  viewer: Viewer;
  mine?: boolean;
  /** A named person, department or group within the viewer's reach, and its name for the scope line. */
  scope?: { scope: Scope; name: string };
}

export function buildLedgerExport(input: LedgerExportInput): LedgerExport {
  const { directory, period, viewer, mine } = input;
  const named = mine ? undefined : input.scope;
  // A record counted in this period though dated outside it is a row too, so every count in 汇总 has its row (计入年度 says why).
  const selected = selectLedgerActivities({ directory, activities: input.activities, period, viewer, mine, by: 'both', ...(named ? { scope: named.scope } : {}) });
  const { scope: _named, ...rest } = input;
  const isLate = recordLateRule(input.duties);
  const late = new Set(selected.filter(isLate).map((a) => a.id));
  return {
    organization: directory.org.name,
    period,
    scope: named ? named.name : scopeLabel(directory, viewer, mine, period),
    asOf: input.now,
    summary: ledgerSummary({ ...rest, activities: input.index ?? input.activities, view: period, ...(named ? { scope: named.scope } : {}) }),
    // 补录 on a row by the same rule as the 汇总 counts (late.ts), not the flag stored when it was reported.
    rows: ledgerRows(directory, selected).map((row) => ({ ...row, late: late.has(row.id) })),
  };
}
