// Who stands above whom in the directory's chain of responsibility (党组书记 → 班子成员 → the heads of the departments they
// supervise → that head's staff). Round 34b §1a: only the DIRECT superior was seen, so a 部长's talk with the 书记 or a
// 科员's with their 分管领导 was stored at once as the member's talk with the leader.
import type { Directory, Person } from '../organization.js';
import { oncePer } from './oncePer.js';

/**
 * Whether `upper` stands directly above `lower` in the directory's chain: the secretary over a 班子成员; a leader over the
 * head of a department they supervise; a head over their own department's staff (纪检 officers, leaders and other heads
 * aside). Peers and people outside the chain are not.
 */
export function isSuperiorOf(directory: Directory, upperId: string, lowerId: string): boolean {
  const upper = directory.person(upperId);
  const lower = directory.person(lowerId);
  if (!upper || !lower || upper.id === lower.id) return false;
  const ranked = (p: typeof lower) => p.roles.includes('secretary') || p.roles.includes('leader') || p.roles.includes('inspector');
  if (upper.roles.includes('secretary')) return lower.roles.includes('leader');
  if (upper.roles.includes('leader')) return directory.headedBy(lower.id).some((d) => d.supervisorId === upper.id);
  const headed = directory.headedBy(upper.id);
  return headed.length > 0 && !ranked(lower) && directory.headedBy(lower.id).length === 0 && headed.some((d) => d.id === lower.departmentId);
}

/** Each person's direct superiors, per directory (r49 fvg: every person of the directory was tested for each lookup). */
const superiorsOf = oncePer((_directory: Directory) => new Map<string, readonly Person[]>());

/** The people standing directly above `lower` (see `isSuperiorOf`): none, one, or several for a head of two departments. */
function directSuperiors(directory: Directory, lower: Person): readonly Person[] {
  const known = superiorsOf(directory);
  let found = known.get(lower.id);
  if (found === undefined) known.set(lower.id, (found = directory.org.people.filter((p) => isSuperiorOf(directory, p.id, lower.id))));
  return found;
}

/**
 * Whether `upper` stands anywhere above `lower` in the chain: directly (see `isSuperiorOf`) or through those between them —
 * the 书记 over every head and member below a 班子成员, a 分管领导 over the staff of the departments they supervise. 纪检
 * officers and people outside the chain (a leader and a head he does not supervise) are not above or below anyone here.
 */
export function isAboveInChain(directory: Directory, upperId: string, lowerId: string): boolean {
  const lower = directory.person(lowerId);
  if (!lower || upperId === lowerId) return false;
  const seen = new Set<string>([lower.id]);
  let level = [lower];
  // The chain is at most four deep; `seen` ends any loop a strange config could make.
  while (level.length > 0) {
    const next: Person[] = [];
    for (const p of level) {
      for (const s of directSuperiors(directory, p)) {
        if (s.id === upperId) return true;
        if (!seen.has(s.id)) {
          seen.add(s.id);
          next.push(s);
        }
      }
    }
    level = next;
  }
  return false;
}
