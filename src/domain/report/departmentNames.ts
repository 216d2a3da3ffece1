// The departments' names and aliases as one regexp alternation, built once per directory (issue 14, r53 fkhh: readers
// joined and compiled it for every message, some for every clause). Beside directoryNames.ts, which does so for people.
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';

/** The departments' names and aliases of at least `shortest` characters, longest first, escaped and joined with `|`. */
function alternationOf(directory: Directory, shortest: number): string {
  return directory.org.departments
    .flatMap((d) => [d.name, ...d.aliases])
    .filter((n) => n.length >= shortest)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Every department's name and aliases (empty ones left out), longest first, escaped for a RegExp and joined with `|`;
 * '' when there are none. Wrap it in (?:…) before use.
 */
export const departmentAlternation = oncePer((directory: Directory): string => alternationOf(directory, 1));

/**
 * departmentAlternation of the names and aliases of two characters or more (a one-character alias left out, as the readers
 * of lists and tallies do): longest first, escaped, joined with `|`; '' when there are none. Once per directory.
 */
export const longDepartmentAlternation = oncePer((directory: Directory): string => alternationOf(directory, 2));
