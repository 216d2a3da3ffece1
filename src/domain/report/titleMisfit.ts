// 「今天和孙丽副科长进行了廉政谈话」 (round 64, gde; t66a: stored at once as 孙丽): 孙丽 is 财务科's 科长 and its 副科长 is 王强, so
// the name and the title point to two people. Such a message is asked which one, both offered — never taken on the name alone.
// A head called by a courtesy title no one of the department holds (周涛主任 · 吴静科长 · 胡军副主任) stays the name's person.
import type { Directory, Person } from '../organization.js';

/** The department ranks a title may confuse within one department (书记 · 干事 are party or staff words, left out). */
const RANK = /^(副)?(主任|科长|部长|处长|局长|站长|院长|所长|组长)$/;

/** A new post (新任/刚到任…, a 任前谈话): the title written is the one just taken, not yet in the directory. */
const FRESH_WORDS = /新任|新提|新晋|到任|上任|新调|任前|拟任|提拔|任命/;

/** Whether `person`'s title holds exactly `word` as written: 副科长 a deputy's; 科长 a head's only, never a 副科长's. */
function holdsExactly(person: Person, deputy: boolean, word: string): boolean {
  return deputy ? person.title.includes(`副${word}`) : person.title.split(`副${word}`).join('').includes(word);
}

/** Whether `person` (when known) holds exactly the rank `written` (副主任 · 科长 …); false for no rank or no one. */
export function holdsTitle(person: Person | undefined, written: string): boolean {
  const rank = RANK.exec(written);
  return person !== undefined && rank !== null && holdsExactly(person, rank[1] !== undefined, rank[2]!);
}

/**
 * The others of `person`'s department who hold exactly the title `written` (a rank such as 副科长 · 科长 · 主任, as written
 * beside the name) when `person` does not: 孙丽副科长 → [王强], 王强科长 → [孙丽], 徐辉主任 → [何平]. Empty when `person` holds
 * it, has no department (a 班子 member's courtesies are left alone), the title is no rank, no one else of the department holds
 * it (周涛主任: a loose courtesy), or `context` (the message's words) says the post is new (新任 · 任前谈话).
 */
export function titleMisfitOthers(person: Person, written: string, directory: Directory, context = ''): Person[] {
  const rank = RANK.exec(written);
  if (!rank || person.departmentId === undefined) return [];
  const deputy = rank[1] !== undefined;
  const word = rank[2]!;
  if (holdsExactly(person, deputy, word) || FRESH_WORDS.test(context)) return [];
  return directory.org.people.filter((p) => p.id !== person.id && p.departmentId === person.departmentId && holdsExactly(p, deputy, word));
}
