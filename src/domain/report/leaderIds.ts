// The ids of the directory's leaders (role secretary or leader), in directory order, gathered once per directory (issue 14,
// r54 fjh: a dozen readers filtered the 1,000-person directory for them on every clause of a message).
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';

const leaderIdsOf = oncePer((directory: Directory): readonly string[] =>
  directory.org.people.filter((p) => p.roles.includes('secretary') || p.roles.includes('leader')).map((p) => p.id),
);

/** A fresh array of the ids of `directory`'s people whose roles include secretary or leader, in directory order. */
export function leaderIds(directory: Directory): string[] {
  return [...leaderIdsOf(directory)];
}
