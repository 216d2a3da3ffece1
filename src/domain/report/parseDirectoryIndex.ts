// Lookup tables over the directory for the report parser, built once per Directory and cached.
import type { Department, Directory, Person } from '../organization.js';
import { oncePer } from './oncePer.js';
import { ADVERB_BEFORE_TALK } from './adverbBeforeTalk.js';

export interface DirectoryIndex {
  directory: Directory;
  /** Every full name and department name/alias, longest first, so 康复中心 wins over 康复. */
  surfaces: RegExp;
  peopleByName: Map<string, Person[]>;
  departmentBySurface: Map<string, Department>;
  /** The length of the longest department name or alias, in characters: how far back `departmentEnding` looks. */
  longestDepartmentSurface: number;
  peopleBySurname: Map<string, Person[]>;
  /** 王科长, 张副书记: a surname of someone in the directory followed by a title word. */
  surnameTitle: RegExp;
  /** 老王, 小李 where a name would end. */
  familiar: RegExp;
}

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯'];

export function surnameOf(name: string): string {
  return COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > 2) ?? name.slice(0, 1);
}

/** Title words people are called by (王科长); 副 is matched separately. */
// 林干事 (round 53, fkf: 「黄书记和林干事到财务科检查了…」 asked whose, 林干事 no one): a 纪检干事 is called by her title too.
export const ADDRESS_TITLES = ['书记', '理事长', '主任', '科长', '部长', '主席', '处长', '局长', '组长', '站长', '院长', '所长', '干事'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The words as one regexp alternation, longest first (so 王建国 wins over 王), each escaped. */
export const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(directory: Directory): DirectoryIndex {
  const peopleByName = new Map<string, Person[]>();
  const peopleBySurname = new Map<string, Person[]>();
  for (const p of directory.org.people) {
    push(peopleByName, p.name, p);
    push(peopleBySurname, surnameOf(p.name), p);
  }
  const departmentBySurface = new Map<string, Department>();
  for (const d of directory.org.departments) {
    // One-character aliases would match inside ordinary words.
    for (const s of [d.name, ...d.aliases]) if (s.length >= 2 && !departmentBySurface.has(s)) departmentBySurface.set(s, d);
  }
  const surfaceWords = [...peopleByName.keys(), ...departmentBySurface.keys()];
  // A never-matching pattern keeps an empty directory harmless.
  const surfaces = new RegExp(surfaceWords.length ? alternation(surfaceWords) : '(?!)', 'g');
  const surnames = alternation(peopleBySurname.keys()) || '(?!)';
  const surnameTitle = new RegExp(`(${surnames})(副)?(${alternation(ADDRESS_TITLES)})`, 'g');
  // 和小张单独谈了 (round 63, gce): an adverb before the talk, as after a name.
  const familiar = new RegExp(`[老小](${surnames})(?:(?![\\u4e00-\\u9fa5])|(?=同志|进行|开展|谈|聊|、|和|及|与|廉政|分别|${ADVERB_BEFORE_TALK}))`, 'g');
  const longestDepartmentSurface = Math.max(0, ...[...departmentBySurface.keys()].map((s) => s.length));
  return { directory, surfaces, peopleByName, departmentBySurface, longestDepartmentSurface, peopleBySurname, surnameTitle, familiar };
}

/** The directory's names, surfaces and departments as patterns and maps, built once per directory (never per message). */
export const directoryIndex: (directory: Directory) => DirectoryIndex = oncePer(build);

/**
 * The longest department name or alias that `text` ends with (…到康复中心 → 康复中心, not 中心), or undefined: a lookup
 * per length up to the longest surface, so a message's every department is not scanned against every name.
 */
export function departmentEnding(text: string, index: DirectoryIndex): string | undefined {
  for (let length = Math.min(index.longestDepartmentSurface, text.length); length >= 2; length--) {
    const tail = text.slice(text.length - length);
    if (index.departmentBySurface.has(tail)) return tail;
  }
  return undefined;
}

/**
 * People who answer to a title word, the way colleagues address them: 王科长
 * is the 科长 before the 副科长 (deputies are often addressed without 副, so
 * they are the fallback, not excluded).
 */
export function peopleWithTitle(people: Person[], word: string, deputy: boolean): Person[] {
  if (deputy) return people.filter((p) => p.title.includes(`副${word}`));
  const holders = people.filter((p) => p.title.split(`副${word}`).join('').includes(word));
  return holders.length > 0 ? holders : people.filter((p) => p.title.includes(word));
}
