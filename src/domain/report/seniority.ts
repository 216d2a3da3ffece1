// How senior someone of the directory is, for telling which of two people named together held a deed.
import type { Directory } from '../organization.js';
import type { ParseContext } from './draft.js';

/** 3 党组书记 (secretary), 2 班子成员 (leader), 1 a department head, 0 anyone else or someone not in the directory. */
export function seniority(id: string, ctx: ParseContext): number {
  return seniorityIn(ctx.directory, id);
}

/** seniority read from the directory alone (a card correction has no ParseContext). */
export function seniorityIn(directory: Directory, id: string): number {
  const p = directory.person(id);
  if (!p) return 0;
  if (p.roles.includes('secretary')) return 3;
  if (p.roles.includes('leader')) return 2;
  return directory.org.departments.some((d) => d.headId === id) ? 1 : 0;
}
