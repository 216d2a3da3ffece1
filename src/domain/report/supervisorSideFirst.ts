// 财务科孙丽科长与分管领导签订党风廉政建设责任书 · 李明主任与分管领导进行了廉政谈话 (round 46, frh: a clerk's post naming a
// head before 与分管领导 made the head the signer or talker, the other side asked, though the head's 分管领导 is known).
// The leader side does the deed (duties.md: pledge-sign, talk-leader-heads); 「分管领导与孙丽科长…」 is already read that
// way, so the clause is written with the sides turned round.
import type { Directory } from '../organization.js';
import { guardedAlternation } from './guardedAlternation.js';
import { oncePer } from './oncePer.js';

/** A title after the member's name: 科长 · 副主任 · 同志. */
const TITLE = '(?:同志|副?(?:主任|部长|科长|处长|组长|院长)|科员|医师)?';

/** The member's name and title, 与, then their own 分管领导 (其 · 各自的 · 本部门的). */
const namedWithSupervisor = oncePer((_people: object, names: readonly string[]): RegExp =>
  new RegExp(`(${guardedAlternation(names)})(${TITLE})(?:已经?|也|还|均)?(?:与|和|同|跟)(?:其|各自的?|本部门的?|本科室的?|部门)?分管(?:的)?领导(?=[^，。；,;\\n]{0,12}?(?:谈|签))`, 'g'),
);

/**
 * `text` with each 「某人与分管领导」 before a talk or a signing written 「分管领导与某人」, when the person is someone else than
 * the sender, has a department with a 分管领导 and is no leader themselves; `text` itself otherwise.
 */
export function withSupervisorSideFirst(text: string, directory: Directory, senderId: string): string {
  if (!/分管(?:的)?领导/.test(text) || !/谈|签/.test(text)) return text;
  const people = directory.org.people.filter((p) => p.name.length >= 2);
  return text.replace(namedWithSupervisor(directory.org.people, people.map((p) => p.name)), (whole, name: string, title: string, at: number) => {
    // 与其分管领导赵敏同志签订: the leader is named, which the readers take as it stands.
    const rest = text.slice(at + whole.length);
    if (people.some((p) => rest.startsWith(p.name) || (rest.length > 1 && p.name[0] === rest[0] && /^.(?:副?理事长|书记)/.test(rest)))) return whole;
    const person = people.find((p) => p.name === name);
    if (!person || person.id === senderId || person.roles.includes('leader') || person.roles.includes('secretary')) return whole;
    if (!directory.department(person.departmentId ?? '')?.supervisorId) return whole;
    return `分管领导与${name}${title}`;
  });
}
