// A person's role in words, for places that show who someone is (the 体验台's member picker).
import type { Person } from './organization.js';

const LABELS: readonly [Person['roles'][number], string][] = [
  ['secretary', '党组书记'],
  ['leader', '班子成员'],
  ['inspector', '纪检'],
  ['dept_head', '科室负责人'],
];

/** The highest of a person's roles as a Chinese label; `成员` when they hold none of the named ones. */
export function roleLabel(person: Person): string {
  return LABELS.find(([role]) => person.roles.includes(role))?.[1] ?? '成员';
}
