// A periodic obligation from the duty catalogue (config/duties.yaml, default ../shared/domain/duties.md).
import type { ActivityTypeCode } from './activityTypes.js';

export type Cadence = 'month' | 'quarter' | 'halfyear' | 'year';

/**
 * Who answers for a duty. `party_group` is the 党组 as a whole (any 党组-level activity of
 * the right type counts, whoever of the 党组 or 纪检 held it: completion/partyLevel.ts; the secretary answers for it); the others are per person.
 */
export type Responsible = 'party_group' | 'secretary' | 'leaders' | 'dept_heads' | 'inspectors';

/**
 * How a duty is counted for one responsible person:
 * - `count`: at least `min` activities;
 * - `subordinate`: at least `min` per subordinate (secretary → each leader;
 *   leader → head of each supervised department);
 * - `supervised_department`: at least `min` per supervised department.
 */
export type Per = 'count' | 'subordinate' | 'supervised_department';

export interface Duty {
  id: string;
  name: string;
  types: ActivityTypeCode[];
  responsible: Responsible[];
  per: Per;
  cadence: Cadence;
  min: number;
  /** Optional window inside each period, as MM-DD bounds (e.g. 责任书 within Q1: 01-01..03-31). */
  window?: { from: string; to: string };
  source: string;
  enabled: boolean;
}
