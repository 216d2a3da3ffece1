// The words before a person named as a subject, with the department that names their unit (维权部冯部长) left out.
import { departmentEnding, type DirectoryIndex } from './parseDirectoryIndex.js';

/**
 * `text` up to `start`, without a department's name standing right before it: 维权部冯部长本周一和我… · 康复中心何主任跟我…
 * (round 20 #1: the head read as the one talked to and the sender stored at once as the doer). The department only says
 * whose head it is, so the person still opens the clause.
 */
export function beforeSubject(text: string, start: number, index: DirectoryIndex): string {
  const before = text.slice(0, start);
  const longest = departmentEnding(before, index);
  return longest ? before.slice(0, before.length - longest.length) : before;
}
