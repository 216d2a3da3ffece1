// Whom a completion question is about: a department by name or alias, a person by name, or the sender ("我").
import { ACTIVITY_TYPES } from '../activityTypes.js';
import type { Department, Directory, Person } from '../organization.js';
import { GAP, type Consumed } from './types.js';
import { oncePer } from '../report/oncePer.js';

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
  /** Several departments or people named together, or a role group (班子成员, 各科室负责人, 我分管的科室). */
  group?: { personIds: string[]; departmentIds: string[]; label: string };
  /** The group is a role (班子成员, 我分管的科室), which alone makes a question; two names may answer a pending one. */
  roleGroup?: boolean;
  /** A role group the sender does not hold (「我分管的」 from someone who supervises nothing). */
  noGroup?: string;
  /** Named as 本科室 / 我们部门 rather than by name. */
  ownDepartment?: boolean;
  person?: Person;
  /** "我": the sender (person is absent when the sender is not in the directory). */
  self?: boolean;
  /** A name several people share: the bot must ask which. */
  ambiguous?: string;
}

/** 财务科 → 财务, 康复部 → 康复: what people say before 那边 / 那里. Never shorter than two characters. */
function stem(name: string): string | undefined {
  const short = name.replace(/(?:科|部|室|中心|处)$/, '');
  return short !== name && short.length >= 2 ? short : undefined;
}

function departmentWords(directory: Directory): { word: string; value: Department }[] {
  return directory.org.departments.flatMap((d) => [d.name, ...d.aliases].map((word) => ({ word, value: d })));
}

/**
 * 「财务那边」「康复和组联」: a shortened name counts only beside 那边/方面 or another department,
 * so a duty word that happens to be a stem (信息 of 信息科, 信息报送) keeps its meaning.
 */
function expandStems(text: string, directory: Directory): string {
  let out = text;
  for (const d of directory.org.departments) {
    for (const word of [d.name, ...d.aliases]) {
      const short = stem(word);
      if (!short || out.includes(word)) continue;
      const ends = '(?=那边|那里|这边|方面|口|的|[和与及、,，]|$)';
      out = out.replace(new RegExp(`${short}(?=那边|那里|这边|方面|口)|(?<![\\u4e00-\\u9fa5])${short}${ends}|(?<=[和与及、,，])${short}${ends}`, 'g'), d.name);
    }
  }
  return out;
}

function findDepartment(input: string, directory: Directory, senderId: string): Consumed<WhoResult> {
  const text = expandStems(input, directory);
  const words = departmentWords(directory);
  const found: Department[] = [];
  let rest = text;
  for (let hit = longest(rest, words); hit; hit = longest(rest, words)) {
    const d = hit.values[0] as Department;
    if (!found.includes(d)) found.push(d);
    rest = blank(rest, hit.word);
  }
  if (found.length === 1) return { value: { department: found[0] as Department }, rest };
  if (found.length > 1) {
    const label = found.map((d) => d.name).join('、');
    return { value: { group: { personIds: [], departmentIds: found.map((d) => d.id), label }, roleGroup: true }, rest };
  }
  const own = text.match(OWN_DEPARTMENT);
  if (!own) return { value: {}, rest: text };
  const id = directory.person(senderId)?.departmentId ?? directory.headedBy(senderId)[0]?.id;
  const department = id ? directory.department(id) : undefined;
  return department ? { value: { department, ownDepartment: true }, rest: blank(text, own[0]) } : { value: {}, rest: text };
}

/** Titles people put after a name or a surname: 刘芳副理事长, 孙科长, 何平同志. */
const TITLE = '副?(?:理事长|科长|部长|主任|书记|处长|主席|局长)';
const AFTER_NAME = new RegExp(`^(?:${TITLE}|同志|医师|干事)`);
const SURNAME_TITLE = new RegExp(`([\u4e00-\u9fa5])(${TITLE})`, 'g');

/** 「孙科长」 → 孙丽 (财务科科长): the surname and a title word the person's title holds; the plain title wins over 副. */
function bySurnameTitle(text: string, directory: Directory): { word: string; people: Person[] } | undefined {
  for (const m of text.matchAll(SURNAME_TITLE)) {
    const [word, surname, title] = m as unknown as [string, string, string];
    const holders = directory.org.people.filter((p) => p.name.startsWith(surname) && p.title.includes(title));
    const exact = holders.filter((p) => title.startsWith('副') || !p.title.includes(`副${title}`));
    const people = exact.length > 0 ? exact : holders;
    if (people.length > 0) return { word, people };
  }
  return undefined;
}

/**
 * The directory's people and its leavers as name candidates, built once per directory (issue 14, r47: built for every
 * question, 1,000 people and a Set of their ids, they were a good part of a 我的任务's cost).
 */
const nameCandidates = oncePer((directory: Directory) => {
  const people = directory.org.people.map((p) => ({ word: p.name, value: p }));
  // A leaver keeps everything before they left (README "Changes over time"), so 「孙丽今年完成情况」 is still a question
  // about her; it was answered 没能识别「孙丽」 (newcomer n4). Someone employed today wins a shared name.
  const current = new Set(directory.org.people.map((p) => p.id));
  const leavers = directory.source.people.flatMap((p) => {
    const then = current.has(p.id) ? undefined : directory.person(p.id);
    return then ? [{ word: then.name, value: then }] : [];
  });
  return { people, leavers };
});

function findPerson(text: string, directory: Directory, senderId: string): Consumed<WhoResult> {
  const { people, leavers } = nameCandidates(directory);
  const found = longest(text, people) ?? longest(text, leavers);
  if (found) {
    let rest = blank(text, found.word);
    // 「刘芳副理事长」「何平同志」: the title after the name says nothing more.
    const at = text.indexOf(found.word) + found.word.length;
    const title = text.slice(at).match(AFTER_NAME);
    if (title) rest = blank(rest, title[0]);
    if (found.values.length > 1) return { value: { ambiguous: found.word }, rest };
    const more = longest(rest, people);
    if (more && more.values.length === 1) {
      const both = [found.values[0] as Person, more.values[0] as Person];
      return { value: { group: { personIds: both.map((p) => p.id), departmentIds: [], label: both.map((p) => p.name).join('、') } }, rest: blank(rest, more.word) };
    }
    return { value: { person: found.values[0] as Person }, rest };
  }
  const titled = bySurnameTitle(text, directory);
  if (titled) {
    const rest = blank(text, titled.word);
    if (titled.people.length > 1) return { value: { ambiguous: titled.word }, rest };
    return { value: { person: titled.people[0] as Person }, rest };
  }
  if (!SELF.test(text)) return { value: {}, rest: text };
  const person = directory.person(senderId);
  return { value: { ...(person ? { person } : {}), self: true }, rest: text.replace(new RegExp(SELF.source, 'g'), GAP) };
}

/** Role groups, before "我" is read as the sender: 「我分管的科室」 is a set of departments. */
const GROUPS: { pattern: RegExp; build: (directory: Directory, senderId: string) => WhoResult }[] = [
  {
    // 「班子成员没跟分管科室负责人谈话」: after 跟/与/和 or before 负责人, 分管科室 is part of a duty's name (each leader's
    // heads), not the sender's own departments (found by a tester: the secretary was told 您没有分管的科室).
    // 「我分管的两个科室」 (found by the tester, round 10: 没能识别「两个科室」): how many is filler, the group is the same.
    // 「我手下的人谈话谈了没」 (a newcomer: read as the sender's own talks): a leader's people are those of the departments they supervise.
    // 「分管的几个科今年咋样了」 (a newcomer: 没能识别「分管」): a leader's 分管, 我 or not, 科 as well as 科室.
    pattern: /(?:我|本人)手下(?:的)?(?:人员|人|同志|干部|科室|部门)?|(?:我|本人)(?:所)?分管(?:的)?(?:(?:这|那)?(?:两|二|三|四|五|几|[2-9])?(?:个|家)?(?:这些|那些)?(?=部门|科室|处室|单位|部室|科))?(?:部门|科室|处室|单位|部室|科|范围|领域)?|(?<![跟与和同对])分管(?:的)?(?:(?:这|那)?(?:两|二|三|四|五|几|[2-9])?(?:个|家)?(?=部门|科室|处室|部室|科))?(?:部门|科室|处室|部室|科)(?!(?:主要)?负责人)/,
    build: (directory, senderId) => {
      const me = directory.person(senderId);
      const departments = directory.supervisedBy(senderId);
      if (!me || departments.length === 0) return { noGroup: '您没有分管的科室' };
      return { group: { personIds: [], departmentIds: departments.map((d) => d.id), label: `${me.name}分管的科室` } };
    },
  },
  {
    pattern: /班子成员|领导班子|党组成员|班子/,
    build: (directory) => ({ group: { personIds: directory.withRole('leader').map((p) => p.id), departmentIds: [], label: '班子成员' } }),
  },
  {
    pattern: /各?(?:科室|部门|处室|部室)(?:主要)?负责人|各科室主任|各部门部长|中层干部|中层/,
    build: (directory) => ({ group: { personIds: directory.org.departments.map((d) => d.headId), departmentIds: [], label: '各科室负责人' } }),
  },
  {
    pattern: /纪检人员|纪检干部|纪检组/,
    build: (directory) => ({ group: { personIds: directory.withRole('inspector').map((p) => p.id), departmentIds: [], label: '纪检人员' } }),
  },
];

/**
 * Type words that hold a group word (分管科室会议 holds 分管科室): a group is never read inside one, so
 * 「分管科室会议开了没有」 asks about the meeting (was: 「没能识别「会议」」, or 「您没有分管的科室」 to the secretary).
 */
const TYPE_WORDS_WITH_GROUPS = ACTIVITY_TYPES.flatMap((t) => [t.name, ...t.aliases])
  .filter((w) => GROUPS.some((g) => g.pattern.test(w)))
  .sort((a, b) => b.length - a.length);

/** The text with those type words covered by characters no pattern matches, same length so indices still agree. */
function maskTypeWords(text: string): string {
  let out = text;
  for (const w of TYPE_WORDS_WITH_GROUPS) out = out.split(w).join('＊'.repeat(w.length));
  return out;
}

/** Groups, then departments, so a person's name is never found inside a department's. */
export function parseQueryWho(text: string, directory: Directory, senderId: string): Consumed<WhoResult> {
  const masked = maskTypeWords(text);
  for (const g of GROUPS) {
    if (!g.pattern.test(masked)) continue;
    // Every occurrence blanked, at the masked text's positions, so the type word keeps its letters for the duty parser.
    let rest = '';
    let at = 0;
    for (const m of masked.matchAll(new RegExp(g.pattern.source, 'g'))) {
      rest += `${text.slice(at, m.index)}${GAP}`;
      at = m.index + m[0].length;
    }
    return { value: { ...g.build(directory, senderId), roleGroup: true }, rest: rest + text.slice(at) };
  }
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
