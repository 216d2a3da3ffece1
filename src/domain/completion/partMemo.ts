// Remembered duty-period progress across queries, dropped precisely for the records that changed: the whole-unit answer without recounting the unit.
import type { Activity } from '../activity.js';
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { DateRange } from './activityIndex.js';
import type { PartProgress } from './types.js';

interface Entry {
  /** Whose lookups the part made: every part looks up records this person took part in, or the whole type when orgWide. */
  personId: string;
  orgWide: boolean;
  /** A department-owed duty's departments: any record of theirs counts too (departmentPapers.ts, t45a F3). */
  departmentIds?: readonly string[];
  types: readonly string[];
  /** The effective period (the window if any) the part counted over. */
  range: DateRange;
  part: PartProgress;
}

/**
 * Parts already counted, per directory (one per effective date) and duty object, keyed by
 * assignment, units, period and view. A part depends only on the records of its duty's
 * types dated in its effective period that its responsible person took part in (all of
 * them for an org-wide duty): pairs and departments are found through the responsible's
 * own records (partProgress.ts), and for a department-owed paper its departments' (departmentPapers.ts). So a changed record voids exactly the parts it matches.
 * Directory or duty objects are replaced on a config reload, which voids theirs by identity.
 */
export interface PartMemo {
  get(directory: Directory, duty: Duty, key: string): PartProgress | undefined;
  set(directory: Directory, duty: Duty, key: string, entry: Omit<Entry, 'types'>): void;
  /**
   * Forgets every part a record (either version of a changed record: as it was, and as it
   * is now) could have counted in. Cost O(remembered parts × changed records).
   */
  forget(changed: readonly Pick<Activity, 'type' | 'date' | 'actorId' | 'counterpartIds' | 'companionIds' | 'departmentId'>[]): void;
  /** Remembered parts (tests, the benchmark). */
  size(): number;
}

/** Directories kept at once: the current one and the effective-dated days a year view asks about. */
const MAX_DIRECTORIES = 64;
/** Parts kept per duty before starting over: a year view of every monthly duty for 1,000 people stays far below. */
const MAX_PARTS_PER_DUTY = 20_000;

/** Parts are shared by every report that reuses them: a caller changing one would change later answers, so it throws instead. */
function frozen(part: PartProgress): PartProgress {
  for (const u of part.units) Object.freeze(u.activityIds), Object.freeze(u);
  Object.freeze(part.units);
  Object.freeze(part.activityIds);
  Object.freeze(part.lateActivityIds);
  return Object.freeze(part);
}

export function createPartMemo(): PartMemo {
  const byDirectory = new Map<Directory, Map<Duty, Map<string, Entry>>>();

  function of(directory: Directory, duty: Duty, create: boolean): Map<string, Entry> | undefined {
    let duties = byDirectory.get(directory);
    if (!duties) {
      if (!create) return undefined;
      if (byDirectory.size >= MAX_DIRECTORIES) byDirectory.clear();
      byDirectory.set(directory, (duties = new Map()));
    }
    let parts = duties.get(duty);
    if (!parts && create) {
      // Duty objects of an older config are never asked for again: keep only this catalogue's.
      for (const old of duties.keys()) if (old.id === duty.id) duties.delete(old);
      duties.set(duty, (parts = new Map()));
    }
    return parts;
  }

  return {
    get: (directory, duty, key) => of(directory, duty, false)?.get(key)?.part,
    set(directory, duty, key, entry) {
      const parts = of(directory, duty, true) as Map<string, Entry>;
      if (parts.size >= MAX_PARTS_PER_DUTY) parts.clear();
      parts.set(key, { ...entry, types: duty.types, part: frozen(entry.part) });
    },
    forget(changed) {
      if (changed.length === 0) return;
      for (const duties of byDirectory.values()) {
        for (const parts of duties.values()) {
          for (const [key, e] of parts) {
            const hit = changed.some(
              (a) =>
                e.types.includes(a.type) &&
                a.date >= e.range.start &&
                a.date <= e.range.end &&
                (e.orgWide ||
                  a.actorId === e.personId ||
                  a.counterpartIds.includes(e.personId) ||
                  (a.companionIds ?? []).includes(e.personId) ||
                  (a.departmentId !== undefined && e.departmentIds?.includes(a.departmentId) === true)),
            );
            if (hit) parts.delete(key);
          }
        }
      }
    },
    size() {
      let n = 0;
      for (const duties of byDirectory.values()) for (const parts of duties.values()) n += parts.size;
      return n;
    },
  };
}
