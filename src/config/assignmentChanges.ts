// What a reload changes in who owes what: the duty periods whose assignments differ, and the people concerned; a change to a closed period is refused.
import { assignmentsFor, directoryForPeriod } from '../domain/completion/assignments.js';
import type { Cadence, Duty } from '../domain/duty.js';
import { LATEST, type Directory } from '../domain/organization.js';
import { nextPeriod, periodEndsAt, periodOf, type Period } from '../domain/period.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { AppConfig } from './loadConfig.js';
import { compareText } from '../domain/compareText.js';

/** What assignments are read from: the organisation and the duty catalogue. */
export type Counted = Pick<AppConfig, 'directory' | 'duties'>;

export interface AffectedPeriod {
  /** e.g. 2026年上半年 */
  label: string;
  cadence: Cadence;
  start: string;
  end: string;
  /** The period was over before the reload: changing it would rewrite settled completion. */
  ended: boolean;
  /** Names of the people whose share of some duty in this period changes. */
  people: string[];
  /** Names of the duties concerned. */
  duties: string[];
}

function signature(directory: Directory, duty: Duty): Map<string, string> {
  return new Map(
    assignmentsFor(directory, duty).map((a) => [a.person.id, `${a.orgWide ? '*' : ''}${a.units.map((u) => `${u.kind}:${u.id}`).sort().join(',')}`]),
  );
}

/**
 * Every duty period from 1 January of last year to the end of this year, for each
 * duty enabled in both configs, whose assignments (who owes it, to whom or which
 * departments) differ between `before` and `after`. Sorted by start, then cadence.
 * Duties added, removed or switched are describeConfigChanges' business, not this.
 */
export function affectedPeriods(before: Counted, after: Counted, now: Date): AffectedPeriod[] {
  const today = shanghaiDate(now);
  const firstDay = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const lastDay = `${today.slice(0, 4)}-12-31`;
  const old = new Map(before.duties.map((d) => [d.id, d]));
  const found = new Map<string, AffectedPeriod>();
  for (const duty of after.duties) {
    const was = old.get(duty.id);
    if (!duty.enabled || !was?.enabled) continue;
    for (let p: Period = periodOf(duty.cadence, firstDay); p.start <= lastDay; p = nextPeriod(p)) {
      // Each period as it will stand at its end: a change dated later this half already counts for this half.
      const a = signature(directoryForPeriod(before.directory, was, p, LATEST), was);
      const b = signature(directoryForPeriod(after.directory, duty, p, LATEST), duty);
      const changed = [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id));
      if (changed.length === 0) continue;
      const key = `${p.start}|${p.cadence}`;
      let entry = found.get(key);
      if (!entry) {
        entry = { label: p.label, cadence: p.cadence, start: p.start, end: p.end, ended: periodEndsAt(p).getTime() <= now.getTime(), people: [], duties: [] };
        found.set(key, entry);
      }
      for (const id of changed) {
        const name = after.directory.person(id)?.name ?? before.directory.person(id)?.name ?? id;
        if (!entry.people.includes(name)) entry.people.push(name);
      }
      if (!entry.duties.includes(duty.name)) entry.duties.push(duty.name);
    }
  }
  const order: Cadence[] = ['year', 'halfyear', 'quarter', 'month'];
  return [...found.values()].sort((x, y) => compareText(x.start, y.start) || order.indexOf(x.cadence) - order.indexOf(y.cadence));
}

const MAX_LISTED = 8;

/** One line per period (up to 8): who and which duties. */
export function listPeriods(periods: readonly AffectedPeriod[]): string[] {
  const shown = periods.slice(0, MAX_LISTED).map((p) => `  · ${p.label}：${p.people.join('、')}（${p.duties.slice(0, 3).join('；')}${p.duties.length > 3 ? ` 等 ${p.duties.length} 项` : ''}）`);
  if (periods.length > MAX_LISTED) shown.push(`  · 另有 ${periods.length - MAX_LISTED} 个周期`);
  return shown;
}

/** Lines for a successful reload: the open or coming periods the change reaches, or that it reaches none. */
export function describeAffected(periods: readonly AffectedPeriod[]): string[] {
  const open = periods.filter((p) => !p.ended);
  if (open.length === 0) return ['职责分工没有变化；已结束的周期不受影响。'];
  return ['职责分工的变化涉及以下周期（已结束的周期不受影响）：', ...listPeriods(open)];
}
