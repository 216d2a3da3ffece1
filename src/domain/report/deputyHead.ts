import type { Person } from '../organization.js';

/** 康复中心副主任 · 财务科副科长 · 副部长: a deputy head's title (the directory keeps no role for it). */
const DEPUTY_HEAD = /副(?:主任|科长|部长)$/;

/**
 * Whether `person` is a deputy head of their department, by the title the directory gives (`Person.title`). A deputy
 * counts as a member in the doer rules, except where they may well have organised the department's deed themselves
 * (t48a F1): then whose it was is asked, the head or the deputy.
 */
export function isDeputyHead(person: Person): boolean {
  return DEPUTY_HEAD.test(person.title);
}
