// The chain of responsibility (责任倒查): who is told, above the person, when a duty is left undone.
import type { Duty, Responsible } from '../duty.js';
import type { Directory, Person } from '../organization.js';

/** The capacity the person holds the duty in: the first of the duty's responsibles they fill. */
function capacity(directory: Directory, duty: Pick<Duty, 'responsible'>, person: Person): Responsible | undefined {
  return duty.responsible.find((r) => {
    switch (r) {
      case 'party_group':
      case 'secretary':
        return person.roles.includes('secretary');
      case 'leaders':
        return person.roles.includes('leader');
      case 'dept_heads':
        return directory.headedBy(person.id).length > 0;
      case 'inspectors':
        return person.roles.includes('inspector');
    }
  });
}

/**
 * Yellow: a head's 分管领导 (the secretary when the head supervises themself); a leader's
 * and an inspector's secretary; the secretary's inspectors. Never the person themself.
 */
export function superiorsOf(directory: Directory, duty: Pick<Duty, 'responsible'>, personId: string): Person[] {
  const person = directory.person(personId);
  if (!person) return [];
  const secretary = directory.secretary();
  let above: (Person | undefined)[];
  switch (capacity(directory, duty, person)) {
    case 'dept_heads': {
      above = directory.headedBy(person.id).map((d) => directory.person(d.supervisorId));
      if (above.every((p) => !p || p.id === person.id)) above = [secretary];
      break;
    }
    case 'leaders':
    case 'inspectors':
      above = [secretary];
      break;
    case 'party_group':
    case 'secretary':
      above = directory.withRole('inspector');
      break;
    default:
      above = [secretary];
  }
  const seen = new Set<string>();
  return above.filter((p): p is Person => !!p && p.id !== person.id && !seen.has(p.id) && !!seen.add(p.id));
}

/** Red: the secretary and the inspectors, but not the person nor whoever already had the yellow. */
export function redRecipientsOf(directory: Directory, personId: string, yellow: readonly Person[]): Person[] {
  const skip = new Set([personId, ...yellow.map((p) => p.id)]);
  const secretary = directory.secretary();
  const all = [...(secretary ? [secretary] : []), ...directory.withRole('inspector')];
  const seen = new Set<string>();
  return all.filter((p) => !skip.has(p.id) && !seen.has(p.id) && !!seen.add(p.id));
}
