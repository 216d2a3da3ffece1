// Whom a completion question is about: a department by name or alias, a person by name, or the sender ("我").
import type { Department, Directory, Person } from '../organization.js';
import { GAP, type Consumed } from './types.js';

function blank(text: string, word: string): string {
  return text.split(word).join(GAP);
}

/** The longest word of `candidates` found in the text, so 教育就业科 beats its alias 就业科. */
function longest<T>(text: string, candidates: readonly { word: string; value: T }[]): { word: string; values: T[] } | undefined {
  let best: { word: string; values: T[] } | undefined;
  for (const c of candidates) {
    if (c.word.length < 2 || !text.includes(c.word)) continue;
    if (!best || c.word.length > best.word.length) best = { word: c.word, values: [c.value] };
    else if (c.word === best.word && !best.values.includes(c.value)) best.values.push(c.value);
  }
  return best;
}

/** "本科室 / 我们科室 / 我们部门": the sender's department. */
const OWN_DEPARTMENT = /本科室|我们科室|我们科|我科室|本部门|我们部门|我部门|本中心|我们中心|本处室|我们处室/;
/** "我" but not "我们": the sender. Not global, so `test` keeps no state; replaceAll blanks every one. */
const SELF = /我(?!们)/;

export interface WhoResult {
  department?: Department;
  /** Named as 本科室 / 我们部门 rather than by name. */
  ownDepartment?: boolean;
  person?: Person;
  /** "我": the sender (person is absent when the sender is not in the directory). */
  self?: boolean;
  /** A name several people share: the bot must ask which. */
  ambiguous?: string;
}

function findDepartment(text: string, directory: Directory, senderId: string): Consumed<WhoResult> {
  const found = longest(text, directory.org.departments.flatMap((d) => [d.name, ...d.aliases].map((word) => ({ word, value: d }))));
  if (found) return { value: { department: found.values[0] as Department }, rest: blank(text, found.word) };
  const own = text.match(OWN_DEPARTMENT);
  if (!own) return { value: {}, rest: text };
  const id = directory.person(senderId)?.departmentId ?? directory.headedBy(senderId)[0]?.id;
  const department = id ? directory.department(id) : undefined;
  return department ? { value: { department, ownDepartment: true }, rest: blank(text, own[0]) } : { value: {}, rest: text };
}

function findPerson(text: string, directory: Directory, senderId: string): Consumed<WhoResult> {
  const found = longest(text, directory.org.people.map((p) => ({ word: p.name, value: p })));
  if (found) {
    const rest = blank(text, found.word);
    if (found.values.length > 1) return { value: { ambiguous: found.word }, rest };
    return { value: { person: found.values[0] as Person }, rest };
  }
  if (!SELF.test(text)) return { value: {}, rest: text };
  const person = directory.person(senderId);
  return { value: { ...(person ? { person } : {}), self: true }, rest: text.replace(new RegExp(SELF.source, 'g'), GAP) };
}

/** Departments first, so a person's name is never found inside a department's. */
export function parseQueryWho(text: string, directory: Directory, senderId: string): Consumed<WhoResult> {
  const department = findDepartment(text, directory, senderId);
  const person = findPerson(department.rest, directory, senderId);
  return { value: { ...department.value, ...person.value }, rest: person.rest };
}

/** "书记的完成情况": the secretary, once duty names (书记讲廉政党课) have had their chance. */
export function parseRoleWord(text: string, directory: Directory): Consumed<Person | undefined> {
  const secretary = directory.secretary();
  const m = text.match(/党组书记|书记/);
  if (!m || !secretary) return { value: undefined, rest: text };
  return { value: secretary, rest: blank(text, m[0]) };
}
