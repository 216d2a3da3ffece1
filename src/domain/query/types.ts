// The contract between the query phrasing parser and the bot: what a completion question asked for.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { Period } from '../period.js';
import type { LineFilter } from '../completion/status.js';
import type { Scope } from '../completion/types.js';

export interface QueryContext {
  now: Date;
  directory: Directory;
  /** Directory id of the sender: "我的…" means them. */
  senderId: string;
  duties: readonly Duty[];
}

export interface ParsedQuery {
  /**
   * The period asked about; the current quarter when none was named. For "我的任务"
   * it is the current year, so every duty period of the year that is still open
   * (past 逾期 ones included) is listed.
   */
  view: Period;
  scope: Scope;
  filter?: LineFilter;
  /** "我的任务 / 我还差什么 / 待办": the sender's own open tasks. */
  mine?: boolean;
  /** What was understood, in Chinese, for the reply's first line. */
  understood: string;
  /** Words that looked meaningful but matched nothing (an unknown department or name). */
  unplaced?: string[];
  /**
   * Said plainly instead of answering: a period the bot cannot compute (「13月」), a role
   * group the sender does not hold (「我分管的」 from a head). Never replaced by a guess.
   */
  cannot?: string;
  /**
   * 「警示教育几次了」: how many records of these types the asker may see, over `view` (this year when the
   * question named no period: 「几次了」 asks for the running total, whatever a duty's cadence).
   */
  count?: { types: ActivityTypeCode[]; view: Period };
}

/** A piece of text a matcher recognised, so the rest can be checked for leftovers. */
export interface Consumed<T> {
  value: T;
  /** The text with the recognised words blanked out. */
  rest: string;
}

/** The blank that replaces recognised words: it can never be part of a name. */
export const GAP = '｜';
