// Who answers for a duty, and to whom or which departments they owe it (duty.ts defines Responsible and Per).
import type { Duty, Responsible } from '../duty.js';
import type { Department, Directory, Person } from '../organization.js';
import type { Period } from '../period.js';
import { windowOf } from './dutyPeriods.js';
import type { Unit } from './types.js';

/** One person's share of a duty. A person with several roles gets one assignment, units merged. */
export interface Assignment {
  person: Person;
  /** `party_group`: any 党组-level activity in the organisation counts (partyLevel.ts), not just the person's own. */
  orgWide: boolean;
  /** Empty for `count` duties. */
  units: Unit[];
}

function personUnit(p: Person): Unit {
  return { kind: 'person', id: p.id, name: p.name };
}

function departmentUnit(d: Department): Unit {
  return { kind: 'department', id: d.id, name: d.name };
}

function holders(directory: Directory, responsible: Responsible): Person[] {
  switch (responsible) {
    case 'party_group':
    case 'secretary': {
      const s = directory.secretary();
      return s ? [s] : [];
    }
    case 'leaders':
      return directory.withRole('leader');
    case 'dept_heads':
      return directory.withRole('dept_head');
    case 'inspectors':
      return directory.withRole('inspector');
  }
}

/** Subordinates follow the role the duty is held in: the secretary's are the leaders, a leader's the heads below them. */
function subordinates(directory: Directory, responsible: Responsible, person: Person): Person[] {
  if (responsible === 'secretary' || responsible === 'party_group') return directory.withRole('leader');
  if (responsible !== 'leaders') return [];
  return directory
    .supervisedBy(person.id)
    .map((d) => directory.person(d.headId))
    .filter((p): p is Person => p !== undefined);
}

function unitsFor(directory: Directory, duty: Duty, responsible: Responsible, person: Person): Unit[] {
  if (duty.per === 'subordinate') {
    // Nobody holds a talk with themselves: a leader heading a department they supervise owes it no talk.
    return subordinates(directory, responsible, person).filter((p) => p.id !== person.id).map(personUnit);
  }
  if (duty.per === 'supervised_department') {
    const held = responsible === 'leaders' || responsible === 'secretary' || responsible === 'party_group';
    return held ? directory.supervisedBy(person.id).map(departmentUnit) : [];
  }
  return [];
}

/**
 * Assignments in the order the duty lists its responsibles, then directory order.
 * Per-unit duties with no units (a leader supervising nothing) are no obligation and are left out.
 */
export function assignmentsFor(directory: Directory, duty: Duty): Assignment[] {
  const byPerson = new Map<string, Assignment>();
  for (const responsible of duty.responsible) {
    for (const person of holders(directory, responsible)) {
      let a = byPerson.get(person.id);
      if (!a) byPerson.set(person.id, (a = { person, orgWide: false, units: [] }));
      if (responsible === 'party_group') a.orgWide = true;
      for (const u of unitsFor(directory, duty, responsible, person)) {
        if (!a.units.some((x) => x.kind === u.kind && x.id === u.id)) a.units.push(u);
      }
    }
  }
  const all = [...byPerson.values()];
  return duty.per === 'count' ? all : all.filter((a) => a.units.length > 0);
}

/** assignmentsFor per directory and duty objects (a config reload makes new ones), frozen since every report shares them. */
const assigned = new WeakMap<Directory, WeakMap<Duty, readonly Assignment[]>>();

/**
 * assignmentsFor, made once per directory and duty: every completion question asks it of every duty (a year card's
 * allocation, issue 14 r51), and the same assignment objects let partProgress make each memo key once.
 */
export function assignmentsOf(directory: Directory, duty: Duty): readonly Assignment[] {
  let byDuty = assigned.get(directory);
  if (!byDuty) assigned.set(directory, (byDuty = new WeakMap()));
  let list = byDuty.get(duty);
  if (!list) {
    const made = assignmentsFor(directory, duty);
    for (const a of made) Object.freeze(a.units), Object.freeze(a);
    byDuty.set(duty, (list = Object.freeze(made)));
  }
  return list;
}

/** Is `person` "someone of" the department: a member of it or its head. */
export function belongsTo(directory: Directory, personId: string, department: Department): boolean {
  return department.headId === personId || directory.person(personId)?.departmentId === department.id;
}

/**
 * The day whose organisation answers for one duty period: the last day of the period
 * (or of the duty's window in it), or `today` while that is not over yet; `today` is
 * clamped into the span, so a future period reads the changes already dated for it.
 * So a 分管 moved on 1 July leaves the first half with the old leader and gives the
 * second half to the new one; a head replaced in August owes the second half, the
 * predecessor the first; a leaver owes nothing for a period that ends after they left.
 * `today` is `YYYY-MM-DD` in Asia/Shanghai.
 */
export function holderDay(duty: Pick<Duty, 'window'>, period: Period, today: string): string {
  const span = windowOf(duty, period) ?? period;
  if (today < span.start) return span.start;
  return today < span.end ? today : span.end;
}

/** The directory as it stood for one duty period (see holderDay); the same directory when nothing is dated. */
export function directoryForPeriod(directory: Directory, duty: Pick<Duty, 'window'>, period: Period, today: string): Directory {
  return directory.dated ? directory.asOf(holderDay(duty, period, today)) : directory;
}
