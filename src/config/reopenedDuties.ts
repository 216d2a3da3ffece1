// Which duties finished in an open period a reload would make unfinished, today or on a later day of it: a talk pair whose counterpart changes, a 分管 that moves.
import { computeCompletion } from '../domain/completion/computeCompletion.js';
import type { ActivityIndex } from '../domain/completion/activityIndex.js';
import type { Activity } from '../domain/activity.js';
import type { PartProgress } from '../domain/completion/types.js';
import { changeDays } from '../domain/organization.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { AffectedPeriod } from './assignmentChanges.js';
import type { AppConfig } from './loadConfig.js';

export interface ReopenedDuty {
  /** e.g. 2026年下半年 */
  label: string;
  dutyName: string;
  responsibleName: string;
  /** Who or what the duty now lacks in that period (王强), empty for a plain count. */
  missing: string[];
  /** The day it turns unfinished, when later than today (a change dated later in the period). */
  from?: string;
}

const complete = (p: PartProgress) => p.required > 0 && p.done >= p.required;

/**
 * Today and each day after it, up to the end of `period`, on which either organisation changes: completion of
 * an open period is counted on today's organisation now, and on a later one as the period goes on.
 */
function daysTouched(before: AppConfig, after: AppConfig, period: { start: string; end: string }, today: string): string[] {
  const first = today > period.start ? today : period.start;
  const later = [...changeDays(before.directory.source), ...changeDays(after.directory.source)].filter((d) => d > first && d <= period.end);
  return [...new Set([first, ...later])].sort();
}

/**
 * For each open period the reload reaches (affectedPeriods, not ended), the duty parts that
 * were complete under `before` and are not under `after`, counted from the same records on
 * each day the change touches in that period (daysTouched): 王建国 talked with 孙丽 in
 * September, 财务科's head becomes 王强 from 11-20 (or from 12-15, later this half), and the
 * second half's talk now lacks 王强 (from that day). The reload goes ahead (a dated change is
 * allowed); the reply names these so nobody finds a finished duty reopened without being told.
 */
export function reopenedDuties(
  before: AppConfig,
  after: AppConfig,
  activities: readonly Activity[] | ActivityIndex,
  periods: readonly AffectedPeriod[],
  now: Date,
): ReopenedDuty[] {
  const today = shanghaiDate(now);
  const out: ReopenedDuty[] = [];
  const seen = new Set<string>();
  for (const p of periods) {
    if (p.ended) continue;
    const view = { cadence: p.cadence, start: p.start, end: p.end, label: p.label };
    const named = (duties: AppConfig['duties']) => duties.filter((d) => d.cadence === p.cadence && p.duties.includes(d.name));
    for (const day of daysTouched(before, after, p, today)) {
      // Counted as on that day: its organisation, and the clock there (a period's holder is read on "today").
      const at = day === today ? now : new Date(`${day}T12:00:00+08:00`);
      const was = computeCompletion({ directory: before.directory.asOf(day), duties: named(before.duties), activities, view, now: at });
      const is = computeCompletion({ directory: after.directory.asOf(day), duties: named(after.duties), activities, view, now: at });
      const done = new Set<string>();
      for (const line of was.lines) for (const part of line.parts) if (complete(part)) done.add(`${line.dutyId}|${line.responsibleId}|${part.period.start}`);
      for (const line of is.lines) {
        for (const part of line.parts) {
          const key = `${line.dutyId}|${line.responsibleId}|${part.period.start}`;
          if (complete(part) || !done.has(key) || seen.has(key)) continue;
          seen.add(key);
          const missing = part.units.filter((u) => u.done < u.required).map((u) => u.name);
          out.push({ label: part.period.label, dutyName: line.dutyName, responsibleName: line.responsibleName, missing, ...(day > today ? { from: day } : {}) });
        }
      }
    }
  }
  return out;
}

const MAX_LISTED = 8;

/** Lines for the reload reply; none when nothing finished is reopened. */
export function describeReopened(reopened: readonly ReopenedDuty[]): string[] {
  if (reopened.length === 0) return [];
  const shown = reopened
    .slice(0, MAX_LISTED)
    .map((r) => {
      const when = r.from ? `${Number(r.from.slice(5, 7))}月${Number(r.from.slice(8, 10))}日起` : '现';
      const lacks = r.missing.length > 0 ? `（${when}尚缺 ${r.missing.join('、')}）` : r.from ? `（${when}未完成）` : '';
      return `  · ${r.label} ${r.dutyName}：${r.responsibleName}${lacks}`;
    });
  if (reopened.length > MAX_LISTED) shown.push(`  · 另有 ${reopened.length - MAX_LISTED} 项`);
  return ['注意：以下原已完成的职责因这次变动变为未完成：', ...shown];
}
