// A completion line from its parts, and the same line narrowed to some of its units (a department, a viewer).
import type { Period } from '../period.js';
import { sumUnits } from './partProgress.js';
import { statusOf } from './status.js';
import type { CompletionLine, PartProgress, Unit } from './types.js';

export type LineHead = Pick<CompletionLine, 'dutyId' | 'dutyName' | 'cadence' | 'responsibleId' | 'responsibleName'>;

/** Unions already made from remembered (frozen, so unchanging) id lists, keyed by the first list. */
const unions = new WeakMap<readonly string[], { lists: readonly (readonly string[])[]; ids: string[] }>();

/**
 * Ids across parts without repeats; a single part's ids are already unique, so reuse them.
 * A year of a whole-unit duty unites thousands of ids: when every list is a remembered
 * part's (see partMemo.ts), the union made last time for the same lists is reused.
 */
function uniqueIds(parts: readonly PartProgress[], pick: (p: PartProgress) => string[]): string[] {
  if (parts.length === 1) return pick(parts[0] as PartProgress);
  const lists = parts.map(pick);
  const first = lists[0] as string[];
  const reusable = lists.every((l) => Object.isFrozen(l));
  if (reusable) {
    const known = unions.get(first);
    if (known && known.lists.length === lists.length && known.lists.every((l, i) => l === lists[i])) return known.ids;
  }
  let ids: string[];
  if (disjoint(parts)) {
    // A record lies in the one part whose period holds its date: the lists cannot share an id.
    ids = ([] as string[]).concat(...lists);
  } else {
    const seen = new Set<string>();
    for (const list of lists) for (const id of list) seen.add(id);
    ids = [...seen];
  }
  if (reusable) unions.set(first, { lists, ids: Object.freeze(ids) as string[] });
  return ids;
}

/** Each part's period ends before the next one's begins (a view's duty periods always do). */
function disjoint(parts: readonly PartProgress[]): boolean {
  for (let i = 1; i < parts.length; i++) if ((parts[i - 1] as PartProgress).period.end >= (parts[i] as PartProgress).period.start) return false;
  return true;
}

/** Short units of the parts that have begun, or of the first part when none has. */
function missingOf(parts: readonly PartProgress[]): Unit[] {
  const begun = parts.filter((p) => p.elapsed > 0 || p.ended);
  const seen = new Map<string, Unit>();
  for (const part of begun.length > 0 ? begun : parts.slice(0, 1)) {
    for (const u of part.units) {
      const key = `${u.kind}:${u.id}`;
      if (u.done < u.required && !seen.has(key)) seen.set(key, { kind: u.kind, id: u.id, name: u.name });
    }
  }
  return [...seen.values()];
}

function span(parts: readonly PartProgress[], view: Period): Period {
  const first = parts[0] as PartProgress;
  const last = parts[parts.length - 1] as PartProgress;
  return { cadence: view.cadence, start: first.period.start, end: last.period.end, label: view.label };
}

/**
 * With one part the numbers are that period's. With several (a year view of a monthly
 * duty) they are summed, each part counting at most its requirement. `period` overrides
 * the line's period (a narrowed line keeps its own). Built as one literal of a fixed shape:
 * spreading `head` into it cost more than the sums (see makePart in partProgress.ts).
 */
export function buildLine(head: LineHead, parts: PartProgress[], view: Period, period?: Period): CompletionLine {
  const single = parts.length === 1 ? parts[0] : undefined;
  let required = 0;
  let done = 0;
  let doneInView = 0;
  let expectedByNow = 0;
  let lateCount = 0;
  for (const p of parts) {
    lateCount += single ? p.lateDone : p.lateCapped;
    required += p.required;
    done += single ? p.done : Math.min(p.done, p.required);
    doneInView += single ? p.doneInView : Math.min(p.doneInView, p.required);
    expectedByNow += p.expectedByNow;
  }
  const line: CompletionLine = {
    dutyId: head.dutyId,
    dutyName: head.dutyName,
    cadence: head.cadence,
    responsibleId: head.responsibleId,
    responsibleName: head.responsibleName,
    period: period ?? (single ? single.period : span(parts, view)),
    required,
    done,
    doneInView,
    expectedByNow,
    missing: missingOf(parts),
    status: statusOf(parts),
    // The same unit as `done` (months, pairs, records), never records against months.
    lateCount,
    activityIds: uniqueIds(parts, (p) => p.activityIds),
    parts,
  };
  if (single?.window) line.window = single.window;
  return line;
}

/**
 * The line's 其中补录 beside `min(done, required)`, as a sum of lines or an open line shows it: a lone
 * part's capped share, a multi-part line's own count (already summed capped).
 */
export function cappedLateCount(line: Pick<CompletionLine, 'lateCount' | 'parts'>): number {
  return line.parts.length === 1 ? (line.parts[0] as PartProgress).lateCapped : line.lateCount;
}

/**
 * The line with only the units `keep` accepts (a department's pairs, what a viewer may
 * see), renumbered and re-statused; null when nothing of it is left. Plain counts have
 * no units and cannot be narrowed: they are kept or dropped whole by the caller.
 */
export function narrowLine(line: CompletionLine, keep: (unit: Unit) => boolean): CompletionLine | null {
  if (line.parts.every((p) => p.units.length === 0)) return null;
  const parts = line.parts.map((p) => sumUnits(p, p.units.filter(keep)));
  if (parts.every((p) => p.units.length === 0)) return null;
  return buildLine(line, parts, line.period, line.period);
}
