// Which duties finished in an open period a reload would make unfinished: a talk pair whose counterpart changes, a 分管 that moves.
import { computeCompletion } from '../domain/completion/computeCompletion.js';
import type { ActivityIndex } from '../domain/completion/activityIndex.js';
import type { Activity } from '../domain/activity.js';
import type { PartProgress } from '../domain/completion/types.js';
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
}

const complete = (p: PartProgress) => p.required > 0 && p.done >= p.required;

/**
 * For each open period the reload reaches (affectedPeriods, not ended), the duty parts that
 * were complete under `before` and are not under `after`, counted from the same records on
 * today's directories: 王建国 talked with 孙丽 in September, 财务科's head becomes 王强 from
 * 12-01, and the second half's talk now lacks 王强. The reload goes ahead (a dated change is
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
  for (const p of periods) {
    if (p.ended) continue;
    const view = { cadence: p.cadence, start: p.start, end: p.end, label: p.label };
    const named = (duties: AppConfig['duties']) => duties.filter((d) => d.cadence === p.cadence && p.duties.includes(d.name));
    const was = computeCompletion({ directory: before.directory.asOf(today), duties: named(before.duties), activities, view, now });
    const is = computeCompletion({ directory: after.directory.asOf(today), duties: named(after.duties), activities, view, now });
    const done = new Set<string>();
    for (const line of was.lines) for (const part of line.parts) if (complete(part)) done.add(`${line.dutyId}|${line.responsibleId}|${part.period.start}`);
    for (const line of is.lines) {
      for (const part of line.parts) {
        if (complete(part) || !done.has(`${line.dutyId}|${line.responsibleId}|${part.period.start}`)) continue;
        const missing = part.units.filter((u) => u.done < u.required).map((u) => u.name);
        out.push({ label: part.period.label, dutyName: line.dutyName, responsibleName: line.responsibleName, missing });
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
    .map((r) => `  · ${r.label} ${r.dutyName}：${r.responsibleName}${r.missing.length > 0 ? `（现尚缺 ${r.missing.join('、')}）` : ''}`);
  if (reopened.length > MAX_LISTED) shown.push(`  · 另有 ${reopened.length - MAX_LISTED} 项`);
  return ['注意：以下原已完成的职责因这次变动变为未完成：', ...shown];
}
