// The shapes of a completion report (本季度完成情况): its input, scope, lines and headline.
import type { Activity } from '../activity.js';
import type { ActivityIndex } from './activityIndex.js';
import type { Cadence, Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { Period } from '../period.js';

/**
 * What a report covers. `dutyIds` narrows any scope to some duties, so "办公室的廉政谈话"
 * is a department scope with dutyIds; a duty scope may name several duties ("廉政谈话"
 * matches both talk duties) via `dutyId` plus `dutyIds`.
 */
export type Scope =
  | { kind: 'all'; dutyIds?: string[] }
  | { kind: 'department'; departmentId: string; dutyIds?: string[] }
  | { kind: 'person'; personId: string; dutyIds?: string[] }
  | { kind: 'duty'; dutyId: string; dutyIds?: string[] }
  | GroupScope;

/**
 * Several people and/or departments at once: 「办公室和财务科」, 「班子成员」, 「各科室负责人」,
 * 「我分管的部门」. A person's lines are theirs whole; a department's as in a department scope.
 * `label` names the group in the card header (「王建国分管的科室」).
 */
export interface GroupScope {
  kind: 'group';
  personIds: string[];
  departmentIds: string[];
  label: string;
  dutyIds?: string[];
}

/** 完成 / 进行中 / 滞后 / 逾期 */
export type CompletionStatus = 'done' | 'in_progress' | 'behind' | 'overdue';

/** Someone or some department a per-unit duty is owed to (a 谈话对象, a 分管科室). */
export interface Unit {
  kind: 'person' | 'department';
  id: string;
  name: string;
}

export interface UnitProgress extends Unit {
  required: number;
  /** Capped at `required`: a second talk with the same person covers nothing new. */
  done: number;
  doneInView: number;
  /** Of `done`, what rests on 补录 records (see lateShare): the same unit as `done`. */
  lateDone: number;
  activityIds: string[];
}

/** One duty period's worth of a line; a line has several when the view spans several duty periods. */
export interface PartProgress {
  period: Period;
  /** The window inside the period (责任书: Q1), when the duty has one; only it counts. */
  window?: Period;
  /** Share of the effective period (the window if any) elapsed at `now`. */
  elapsed: number;
  /** The effective period is over at `now`. */
  ended: boolean;
  required: number;
  /** Uncapped for plain counts (the 台账 wants the real number); sum of capped units otherwise. */
  done: number;
  doneInView: number;
  /** Of `done`, what rests on 补录 records: for a plain count, the 补录 records themselves (done is uncapped too). */
  lateDone: number;
  /** Of `min(done, required)`, what rests on 补录 records: what a multi-part line sums, as it sums capped done. */
  lateCapped: number;
  expectedByNow: number;
  /** Empty for plain `count` duties. */
  units: UnitProgress[];
  activityIds: string[];
  /** The 补录 among activityIds: kept as ids so a restricted part can recount them. */
  lateActivityIds: string[];
}

export interface CompletionLine {
  dutyId: string;
  dutyName: string;
  cadence: Cadence;
  responsibleId: string;
  responsibleName: string;
  /** The duty period containing the view, or the span of duty periods the view covers. */
  period: Period;
  window?: Period;
  required: number;
  done: number;
  doneInView: number;
  expectedByNow: number;
  missing: Unit[];
  status: CompletionStatus;
  lateCount: number;
  activityIds: string[];
  /** One per duty period; length 1 unless the view is longer than the cadence. */
  parts: PartProgress[];
}

export interface Headline {
  total: number;
  done: number;
  inProgress: number;
  behind: number;
  overdue: number;
}

export interface CompletionReport {
  asOf: Date;
  view: Period;
  scope: Scope;
  lines: CompletionLine[];
  headline: Headline;
}

export interface CompletionInput {
  directory: Directory;
  duties: readonly Duty[];
  /** Raw activities, or an index built once with `indexActivities` and reused across queries. */
  activities: readonly Activity[] | ActivityIndex;
  view: Period;
  now: Date;
  scope?: Scope;
}
