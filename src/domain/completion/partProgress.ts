// The counting rules: one assignment's progress in one duty period (count, pairwise, per department).
import type { Activity } from '../activity.js';
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { Period } from '../period.js';
import type { Assignment } from './assignments.js';
import { belongsTo } from './assignments.js';
import { countInRange, mergeTwo, type ActivityIndex, type DateRange } from './activityIndex.js';
import { otherHeads } from './otherHeads.js';
import { isPartyLevel } from './partyLevel.js';
import { isCheckType } from '../activityTypes.js';
import { departmentPapers, owingDepartments } from './departmentPapers.js';
import { intersect, windowOf, type Timing } from './dutyPeriods.js';
import { reportedAfter, reportedAt } from './late.js';
import type { PartProgress, Unit, UnitProgress } from './types.js';

export interface PartContext {
  directory: Directory;
  index: ActivityIndex;
  duty: Duty;
  view: DateRange;
  /** periodClock(now): memoised, since every line asks about the same few periods. */
  clock: (period: Period) => Timing;
  /** When a record of this type and day becomes 补录 (late.ts lateCloseRule over the whole catalogue): the receipt's rule. */
  lateClose: (type: string, date: string) => number;
}

/** Lists come sorted by date (every lookup answers so, and filtering keeps the order). */
function countIn(list: readonly Activity[], range: DateRange | null): number {
  return range ? countInRange(list, range) : 0;
}

function involves(a: Activity, personId: string): boolean {
  return a.actorId === personId || a.counterpartIds.includes(personId);
}

/** Talks are symmetric: either side may report the pair, or a third person naming both. */
function pairActivities(ctx: PartContext, a: string, b: string, range: DateRange): readonly Activity[] {
  const ofA = ctx.index.byParticipant(a, ctx.duty.types, range);
  const ofB = ctx.index.byParticipant(b, ctx.duty.types, range);
  return ofA.length <= ofB.length ? ofA.filter((x) => involves(x, b)) : ofB.filter((x) => involves(x, a));
}

/**
 * A department is covered by an activity the leader took part in that was with the
 * department: its departmentId, or another participant who belongs to it. Taking part
 * (not only acting) lets a head report the 谈心 with their 分管领导 too.
 */
function departmentActivities(ctx: PartContext, leaderId: string, unit: Unit, range: DateRange): readonly Activity[] {
  const department = ctx.directory.department(unit.id);
  if (!department) return [];
  return ctx.index.byParticipant(leaderId, ctx.duty.types, range).filter(
    (a) =>
      a.departmentId === department.id ||
      // One check of several departments (对组联部、康复部开展…检查) was with each of them (round 44 fqe).
      (a.departmentIds ?? []).includes(department.id) ||
      [a.actorId, ...a.counterpartIds].some((p) => p !== leaderId && belongsTo(ctx.directory, p, department)),
  );
}

function unitProgress(ctx: PartContext, who: Assignment, unit: Unit, range: DateRange, inView: DateRange | null) {
  const list =
    unit.kind === 'person'
      ? pairActivities(ctx, who.person.id, unit.id, range)
      : departmentActivities(ctx, who.person.id, unit, range);
  const min = ctx.duty.min;
  const progress: UnitProgress = {
    kind: unit.kind,
    id: unit.id,
    name: unit.name,
    required: min,
    done: Math.min(list.length, min),
    doneInView: Math.min(countIn(list, inView), min),
    lateDone: lateShare(list.length, list.filter((a) => reportedAfter(a, ctx.lateClose(a.type, a.date))).length, min),
    activityIds: list.map((a) => a.id),
  };
  return { progress, list };
}

/**
 * How much of a capped figure rests on 补录 records: what is done with them, less what the others alone
 * would have done. Two March talks with 李明, one 补录, cover the pair without it: 0. So a figure and its
 * 其中补录 always count the same thing (months, pairs, departments), never months against records.
 */
export function lateShare(records: number, late: number, cap: number): number {
  return Math.min(records, cap) - Math.min(records - late, cap);
}

/** Every field of a part, `window` always present (undefined when the duty has none): one shape to build from. */
type PartFields = Omit<PartProgress, 'window'> & { window: Period | undefined };

/**
 * A part as an object literal of one of two fixed shapes (with or without a window). Spreading a base object into
 * each part (`{ ...base, required, … }`) went through V8's generic object-clone path and was most of a year query's
 * cost (CPU profile of `npm run bench completion`: ~20 µs a part, 240 parts for a monthly duty over a year).
 */
export function makePart(f: PartFields): PartProgress {
  const { period, window, elapsed, ended, required, done, doneInView, lateDone, lateCapped, expectedByNow, units, activityIds, lateActivityIds } = f;
  return window
    ? { period, window, elapsed, ended, required, done, doneInView, lateDone, lateCapped, expectedByNow, units, activityIds, lateActivityIds }
    : { period, elapsed, ended, required, done, doneInView, lateDone, lateCapped, expectedByNow, units, activityIds, lateActivityIds };
}

/** Totals of a part from its units; also used when a part is narrowed to fewer units. */
export function sumUnits(part: PartProgress, units: UnitProgress[]): PartProgress {
  const ids = new Set<string>();
  let required = 0;
  let done = 0;
  let doneInView = 0;
  let lateDone = 0;
  for (const u of units) {
    for (const id of u.activityIds) ids.add(id);
    required += u.required;
    done += u.done;
    doneInView += u.doneInView;
    lateDone += u.lateDone;
  }
  return makePart({
    period: part.period,
    window: part.window,
    elapsed: part.elapsed,
    ended: part.ended,
    units,
    required,
    done,
    doneInView,
    lateDone,
    lateCapped: lateDone,
    expectedByNow: Math.floor(required * part.elapsed),
    activityIds: [...ids],
    lateActivityIds: part.lateActivityIds.filter((id) => ids.has(id)),
  });
}

/** The assignment's part of a memo key, made once per assignment object: a year asks it of 12 months (issue 14, r51). */
const assignmentKeys = new WeakMap<Assignment, string>();

function assignmentKey(who: Assignment): string {
  let key = assignmentKeys.get(who);
  if (key === undefined) {
    let units = '';
    for (const u of who.units) units += `${u.kind === 'person' ? 'p' : 'd'}${u.id},`;
    assignmentKeys.set(who, (key = `${who.person.id}|${who.orgWide ? 1 : 0}|${units}`));
  }
  return key;
}

/**
 * The memo key of an assignment's part in a period of a view. Assignments (assignmentsOf) and periods (dutyPeriodsFor)
 * are the same objects question after question, so each key is made once, not per part per question.
 */
const partKeys = new WeakMap<Assignment, WeakMap<Period, { start: string; end: string; key: string }>>();

function partKey(who: Assignment, period: Period, view: DateRange): string {
  let byPeriod = partKeys.get(who);
  if (!byPeriod) partKeys.set(who, (byPeriod = new WeakMap()));
  const known = byPeriod.get(period);
  if (known && known.start === view.start && known.end === view.end) return known.key;
  const key = `${assignmentKey(who)}|${period.start}|${period.end}|${view.start}|${view.end}`;
  byPeriod.set(period, { start: view.start, end: view.end, key });
  return key;
}

/**
 * Progress of one assignment in one duty period, or null when its window misses the period.
 * With a memo on the index (see partMemo.ts) a part counted before is reused, only its
 * clock (elapsed, ended, expectedByNow) brought to `now`.
 */
export function partProgress(ctx: PartContext, who: Assignment, period: Period): PartProgress | null {
  const memo = ctx.index.memo;
  const window = windowOf(ctx.duty, period);
  // A part counting another head's records would not be forgotten when theirs change (the memo follows one person).
  if (!memo || otherHeads(ctx.directory, ctx.duty, who.person.id, window ?? period).length > 0) return countPart(ctx, who, period);
  if (window === null) return null;
  const effective = window ?? period;
  const key = partKey(who, period, ctx.view);
  const known = memo.get(ctx.directory, ctx.duty, key);
  if (known) {
    const { elapsed, ended } = ctx.clock(effective);
    if (known.elapsed === elapsed && known.ended === ended) return known;
    const { period: at, window: inside, required, done, doneInView, lateDone, lateCapped, units: parts, activityIds, lateActivityIds } = known;
    const expectedByNow = Math.floor(required * elapsed);
    return makePart({ period: at, window: inside, elapsed, ended, required, done, doneInView, lateDone, lateCapped, expectedByNow, units: parts, activityIds, lateActivityIds });
  }
  const part = countPart(ctx, who, period) as PartProgress;
  const departmentIds = owingDepartments(ctx.directory, ctx.duty, who.person.id);
  memo.set(ctx.directory, ctx.duty, key, { personId: who.person.id, orgWide: who.orgWide, range: effective, part, ...(departmentIds.length > 0 ? { departmentIds } : {}) });
  return part;
}

/**
 * The 党组's own records of a list (t48b O1: a 科室's 专题会议 or 学习 is not the 党组's): the same list when every
 * record is, so the index's laid-out columns still answer for it.
 */
function partyLevelOf(directory: Directory, list: readonly Activity[]): readonly Activity[] {
  // One pass: copied only from the first record that is not the 党组's.
  let kept: Activity[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (!isPartyLevel(directory, a)) kept ??= list.slice(0, i);
    else kept?.push(a);
  }
  return kept ?? list;
}

/** A date-sorted list with each record once: the head's own paper is also one of the department's. */
function withoutRepeats(list: readonly Activity[]): Activity[] {
  return list.filter((a, i) => i === 0 || (list[i - 1] as Activity).id !== a.id);
}

function countPart(ctx: PartContext, who: Assignment, period: Period): PartProgress | null {
  const window = windowOf(ctx.duty, period);
  if (window === null) return null;
  const effective = window ?? period;
  const inView = intersect(effective, ctx.view);
  const { elapsed, ended } = ctx.clock(effective);
  if (ctx.duty.per === 'count') {
    let list = who.orgWide
      ? partyLevelOf(ctx.directory, ctx.index.ofType(ctx.duty.types, effective))
      : // t48a F5: one who went on a check with its doer carried it out too; each 纪检 officer's monthly 作风纪律检查 counts
        // the checks they were on (004 二(二) asks the 纪委's checks of its officers), the record staying one check.
        ctx.duty.types.every(isCheckType)
        ? ctx.index.byParticipant(who.person.id, ctx.duty.types, effective)
        : ctx.index.byActor(who.person.id, ctx.duty.types, effective);
    if (!who.orgWide) {
      for (const o of otherHeads(ctx.directory, ctx.duty, who.person.id, effective)) list = mergeTwo(list, ctx.index.byActor(o.personId, ctx.duty.types, o.range));
      // t45a F3: a paper a member sent for the department counts for it as the head's own do.
      const ofDepartment = departmentPapers(ctx.index, ctx.duty.types, owingDepartments(ctx.directory, ctx.duty, who.person.id), effective);
      if (ofDepartment.length > 0) list = withoutRepeats(mergeTwo(list, ofDepartment));
    }
    // Laid out when the index was built, when the index answered this list itself.
    const columns = ctx.index.columns?.(list);
    const activityIds = columns ? columns.ids : list.map((a) => a.id);
    const lateActivityIds: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as Activity;
      // NaN (unreadable) is never >=: not 补录, as reportedAfter has it.
      const reported = columns ? (columns.reported[i] as number) : reportedAt(a);
      if (reported >= ctx.lateClose(a.type, a.date)) lateActivityIds.push(activityIds[i] as string);
    }
    return makePart({
      period,
      window,
      elapsed,
      ended,
      required: ctx.duty.min,
      done: list.length,
      doneInView: countIn(list, inView),
      // Uncapped like `done` when the part stands alone; capped like a multi-part line's sum otherwise.
      lateDone: lateActivityIds.length,
      lateCapped: lateShare(list.length, lateActivityIds.length, ctx.duty.min),
      expectedByNow: Math.floor(ctx.duty.min * elapsed),
      units: [],
      activityIds,
      lateActivityIds,
    });
  }
  const late = new Set<string>();
  const units = who.units.map((unit) => {
    const { progress, list } = unitProgress(ctx, who, unit, effective, inView);
    for (const a of list) if (reportedAfter(a, ctx.lateClose(a.type, a.date))) late.add(a.id);
    return progress;
  });
  const empty = makePart({
    period,
    window,
    elapsed,
    ended,
    required: 0,
    done: 0,
    doneInView: 0,
    lateDone: 0,
    lateCapped: 0,
    expectedByNow: 0,
    units: [],
    activityIds: [],
    lateActivityIds: [...late],
  });
  return sumUnits(empty, units);
}
