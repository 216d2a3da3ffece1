// Activity lookups for completion: a sorted, bucketed index built once, and a linear-scan twin for baselines.
import { asCounted } from './countingDay.js';
import type { Activity } from '../activity.js';
import type { ActivityTypeCode } from '../activityTypes.js';
import type { PartMemo } from './partMemo.js';
import { reportedAt } from './late.js';

/** Inclusive range of Shanghai civil dates (YYYY-MM-DD compares as text). */
export interface DateRange {
  start: string;
  end: string;
}

/**
 * Everything the completion rules ask of the ledger. Results exclude soft-deleted
 * records and are sorted by date; callers must not mutate them.
 */
export interface ActivityIndex {
  ofType(types: readonly ActivityTypeCode[], range: DateRange): readonly Activity[];
  /** Activities the person held or led (actorId). */
  byActor(personId: string, types: readonly ActivityTypeCode[], range: DateRange): readonly Activity[];
  /** Activities the person took part in: actorId, one of counterpartIds, or one who went on a check with its doer (companionIds). */
  byParticipant(personId: string, types: readonly ActivityTypeCode[], range: DateRange): readonly Activity[];
  /**
   * Parts counted against earlier states of the same ledger, kept valid by whoever keeps
   * the index current (src/store/createLedgerIndex.ts); absent on a one-off index.
   */
  memo?: PartMemo;
  /**
   * The records of `list`, if it is a list this index answered: their ids (a fresh array the
   * caller may keep) and when each was reported (epoch ms of `createdAt`, NaN when unreadable;
   * read once per span of the index asked for), in the list's order. Undefined for any other list.
   * A year's count takes thousands of ids and tests each for 补录.
   */
  columns?(list: readonly Activity[]): ListColumns | undefined;
}

/** See ActivityIndex.columns. */
export interface ListColumns {
  ids: string[];
  reported: ArrayLike<number>;
}

interface Bucket {
  dates: string[];
  items: Activity[];
  /**
   * Ids and report times of the spans asked for so far, by `from:to`: laid out on a span's
   * first columns() and kept, since every question asks about the same few periods; the build
   * and a first question cost what they did before (only the span asked for is read).
   */
  spans?: Map<string, { ids: string[]; reported: Float64Array }>;
}

/** Per activity type: all of them, by actor, by participant. */
interface TypeBuckets {
  all: Bucket;
  actors: Map<string, Bucket>;
  participants: Map<string, Bucket>;
}

const EMPTY: readonly Activity[] = [];
/** Spans a bucket keeps laid out (a year view of a monthly duty asks for 12). */
const MAX_SPANS_PER_BUCKET = 32;

/** Date, then id: the one order every lookup answers in. */
export function byDate(a: Activity, b: Activity): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byId(a: Activity, b: Activity): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Grouping by day then sorting the few distinct days beats a comparator sort of every record. */
function sortedByDate(activities: readonly Activity[]): Activity[] {
  const days = new Map<string, Activity[]>();
  for (const a of activities) {
    const group = days.get(a.date);
    if (group) group.push(a);
    else days.set(a.date, [a]);
  }
  const out: Activity[] = [];
  for (const day of [...days.keys()].sort()) {
    const group = days.get(day) as Activity[];
    // One day's records: byDate is their id order (the dates are equal).
    if (group.length > 1) group.sort(byId);
    for (const a of group) out.push(a);
  }
  return out;
}

/** First index whose date is >= `date` (or > when `after`). */
function bound(dates: readonly string[], date: string, after: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = dates[mid] as string;
    if (d < date || (after && d === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a list the index answered lies in its bucket. */
interface Span {
  bucket: Bucket;
  from: number;
  to: number;
}

function slice(bucket: Bucket | undefined, range: DateRange, spans: WeakMap<readonly Activity[], Span>): readonly Activity[] {
  if (!bucket) return EMPTY;
  const from = bound(bucket.dates, range.start, false);
  const to = bound(bucket.dates, range.end, true);
  if (from >= to) return EMPTY;
  const list = bucket.items.slice(from, to);
  spans.set(list, { bucket, from, to });
  return list;
}

/**
 * How many of `list` (sorted by date, as every lookup answers) fall in `range`: two binary
 * searches instead of a pass.
 */
export function countInRange(list: readonly Pick<Activity, 'date'>[], range: DateRange): number {
  const first = (date: string, after: boolean): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = (list[mid] as Pick<Activity, 'date'>).date;
      if (d < date || (after && d === date)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return Math.max(0, first(range.end, true) - first(range.start, false));
}

/** Merges two lists already in byDate order. */
export function mergeTwo(a: readonly Activity[], b: readonly Activity[]): Activity[] {
  const out: Activity[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byDate(a[i] as Activity, b[j] as Activity) <= 0 ? (a[i++] as Activity) : (b[j++] as Activity));
  while (i < a.length) out.push(a[i++] as Activity);
  while (j < b.length) out.push(b[j++] as Activity);
  return out;
}

function push(map: Map<string, Bucket>, key: string, a: Activity): void {
  const bucket = map.get(key);
  if (bucket) bucket.items.push(a);
  else map.set(key, { dates: [], items: [a] });
}

/** Build once per ledger change; each lookup is then two binary searches. */
export function indexActivities(activities: readonly Activity[]): ActivityIndex {
  const types = new Map<ActivityTypeCode, TypeBuckets>();
  // Pushing in date order keeps every bucket sorted without sorting it again.
  // A 2027年度 责任书 signed in December 2026 is indexed on the day it counts as (countingDay), so every period sees it there;
  // one pass, as the filter it replaces, so no second copy of a large ledger is made.
  const live: Activity[] = [];
  for (const x of activities) if (!x.deletedAt) live.push(asCounted(x));
  for (const a of sortedByDate(live)) {
    let t = types.get(a.type);
    if (!t) types.set(a.type, (t = { all: { dates: [], items: [] }, actors: new Map(), participants: new Map() }));
    t.all.items.push(a);
    push(t.actors, a.actorId, a);
    push(t.participants, a.actorId, a);
    // Each other participant once (no Set and spread per record: at 200,000 records they were a third of the build).
    const others = a.counterpartIds;
    const companions = a.companionIds;
    for (let k = 0; k < others.length; k++) {
      const c = others[k] as string;
      if (c !== a.actorId && others.indexOf(c) === k) push(t.participants, c, a);
    }
    if (companions) {
      for (let k = 0; k < companions.length; k++) {
        const c = companions[k] as string;
        if (c !== a.actorId && !others.includes(c) && companions.indexOf(c) === k) push(t.participants, c, a);
      }
    }
  }
  for (const t of types.values()) {
    for (const bucket of [t.all, ...t.actors.values(), ...t.participants.values()]) {
      bucket.dates = bucket.items.map((a) => a.date);
    }
  }
  // A duty with several types (education) asks for the same union every time: merge it once, on first use.
  const unions = new Map<string, Bucket>();
  const bucket = (wanted: readonly ActivityTypeCode[], key: string, pick: (t: TypeBuckets) => Bucket | undefined) => {
    if (wanted.length === 1) {
      const t = types.get(wanted[0] as ActivityTypeCode);
      return t && pick(t);
    }
    const unionKey = `${wanted.join(',')}|${key}`;
    let union = unions.get(unionKey);
    if (!union) {
      let items: Activity[] = [];
      for (const code of new Set(wanted)) {
        const t = types.get(code);
        const b = t && pick(t);
        if (b) items = mergeTwo(items, b.items);
      }
      unions.set(unionKey, (union = { items, dates: items.map((x) => x.date) }));
    }
    return union;
  };
  // Where each list answered lies, for columns(); a list nobody holds any more is forgotten with it.
  const spans = new WeakMap<readonly Activity[], Span>();
  return {
    ofType: (wanted, range) => slice(bucket(wanted, '*', (t) => t.all), range, spans),
    byActor: (id, wanted, range) => slice(bucket(wanted, `a:${id}`, (t) => t.actors.get(id)), range, spans),
    byParticipant: (id, wanted, range) => slice(bucket(wanted, `p:${id}`, (t) => t.participants.get(id)), range, spans),
    columns(list) {
      const at = spans.get(list);
      if (!at) return undefined;
      // Records are replaced, never changed in place (src/store/openStore.ts), so what is laid out stays true.
      const known = (at.bucket.spans ??= new Map());
      const key = `${at.from}:${at.to}`;
      let span = known.get(key);
      if (!span) {
        // Custom ranges could each add one: a bucket keeps a bounded few.
        if (known.size >= MAX_SPANS_PER_BUCKET) known.clear();
        known.set(key, (span = { ids: list.map((a) => a.id), reported: Float64Array.from(list, reportedAt) }));
      }
      return { ids: span.ids.slice(), reported: span.reported };
    },
  };
}

/**
 * The same contract answered by scanning every record on every lookup: the benchmark
 * baseline, and a reference the index is tested against. No rule lives here.
 */
export function linearScanIndex(activities: readonly Activity[]): ActivityIndex {
  const scan = (types: readonly ActivityTypeCode[], range: DateRange, who: (a: Activity) => boolean) =>
    activities
      .map(asCounted)
      .filter((a) => !a.deletedAt && types.includes(a.type) && a.date >= range.start && a.date <= range.end && who(a))
      .sort(byDate);
  return {
    ofType: (types, range) => scan(types, range, () => true),
    byActor: (personId, types, range) => scan(types, range, (a) => a.actorId === personId),
    byParticipant: (personId, types, range) =>
      scan(types, range, (a) => a.actorId === personId || a.counterpartIds.includes(personId) || (a.companionIds ?? []).includes(personId)),
  };
}

export function isActivityIndex(value: readonly Activity[] | ActivityIndex): value is ActivityIndex {
  return !Array.isArray(value);
}
