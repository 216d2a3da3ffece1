// 「李名主任」 for 李明 (round 37 fjf, t36b: 「通讯录里找不到「李名」」 with nothing offered): directory people whose name is
// one character, or one sound, off a name the directory does not know, offered as buttons — never recorded on a guess.
import { createRequire } from 'node:module';
import type { Directory, Person } from '../organization.js';
import { CHAR_SOUNDS } from './charSounds.js';
import { ADDRESS_TITLES, peopleWithTitle } from './parseDirectoryIndex.js';

// pinyin-pro's tables are ~13 MiB of RSS (the bot thread's heap +8.8 MiB committed, round 57): a character of
// U+4E00–U+9FA5 is read from CHAR_SOUNDS, pinyin-pro's own reading of it alone, and pinyin-pro is loaded only for a
// character outside that range. Before, the warm-up's 「今天和王建国进行了廉政谈话」 loaded it in the demo unit (a passing
// reading of 王建 as a name the directory does not know).
let pinyinPro: typeof import('pinyin-pro') | undefined;
const SOUND_LETTER = /[a-z\u00fc]/;
/** `ch`'s sound from CHAR_SOUNDS (the sound whose group holds it; the character itself in the first, soundless group). */
export function tableSound(ch: string): string | undefined {
  if (ch.length !== 1 || ch < '\u4e00' || ch > '\u9fa5') return undefined;
  const at = CHAR_SOUNDS.indexOf(ch);
  if (at < 0) return undefined;
  let end = at;
  while (end > 0 && !SOUND_LETTER.test(CHAR_SOUNDS[end - 1]!)) end--;
  let start = end;
  while (start > 0 && SOUND_LETTER.test(CHAR_SOUNDS[start - 1]!)) start--;
  return start === end ? ch : CHAR_SOUNDS.slice(start, end);
}
/**
 * Each character's sound, once: a name the directory does not know is compared with every name of its length, and at
 * 1,000 people pinyin-pro's call per character cost ~100 ms a message (bench parse, round 37 merge).
 */
const sounds = new Map<string, string>();
/** `ch`'s toneless pinyin (one CJK character): CHAR_SOUNDS' reading, pinyin-pro's outside its range; cached. */
export function sound(ch: string): string {
  const known = sounds.get(ch);
  if (known !== undefined) return known;
  let read = tableSound(ch);
  if (read === undefined) {
    pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
    read = pinyinPro.pinyin(ch, { toneType: 'none' });
  }
  sounds.set(ch, read);
  return read;
}

/** A title written right after the name (李名主任 · 孙莉副科长) or right before it (办公室主任李名): the word, and 副. */
const TITLE_AFTER = new RegExp(`^\\s*(副)?(${ADDRESS_TITLES.join('|')}|副理事长)`);
const TITLE_BEFORE = new RegExp(`(副)?(${ADDRESS_TITLES.join('|')})\\s*$`);

/** How `said` and `name` differ: 'one' a character off, 'sound' every differing character the same sound, else undefined. */
function nearness(said: string, name: string): 'one' | 'sound' | undefined {
  if (said.length !== name.length || said === name) return undefined;
  const off = [...said].flatMap((ch, i) => (ch !== name[i] ? [i] : []));
  if (off.every((i) => sound(said[i]!) === sound(name[i]!))) return 'sound';
  return off.length === 1 ? 'one' : undefined;
}

/**
 * The ids of the people of `directory` (as of its day, `excluded` left out) whose name is near `said` (a 2–3 character
 * name the directory does not know), best first. With a title written beside it in `text` (`start`/`end`: where `said`
 * stands), a name one character off (李名主任 → 李明, 张影 → 张颖) or of the same sound (孙莉 → 孙丽) whose holder's title
 * fits; with none, or none whose title fits (孙莉副科长: 孙丽 is the 科长, round 63 gce — the sound wins over the title, and
 * the question says the title does not match, titleUnfit), only one of the same sound, or one character off a
 * three-character name keeping its surname (two characters differing by one fit too many: 王刚 is 王强, 王芳 or 王磊). Of
 * those, `doerId`'s own people (their department, the departments they head or supervise) come first (round 63 gce: 周涛's
 * 张英 is 组联部's 张颖). Empty when nothing is near.
 */
export function nearNames(said: string, text: string, start: number, end: number, directory: Directory, excluded: string[] = [], doerId?: string): string[] {
  if (!/^[\u4e00-\u9fa5]{2,3}$/.test(said)) return [];
  const title = writtenTitle(text, start, end);
  // The readers ask about the same unknown name many times a message: the answer depends only on these.
  const key = `${said}|${title?.[1] ?? ''}|${title?.[2] ?? ''}|${excluded.join(',')}|${doerId ?? ''}`;
  const byDirectory = answers.get(directory) ?? new Map<string, string[]>();
  answers.set(directory, byDirectory);
  const known = byDirectory.get(key);
  if (known !== undefined) return known;
  const found = nearNamesOf(said, title, directory, excluded, doerId);
  if (byDirectory.size < 10_000) byDirectory.set(key, found);
  return found;
}

/** The title written right after the name at `end` in `text`, or right before it at `start`: [, 副?, word], or null. */
export function writtenTitle(text: string, start: number, end: number): RegExpExecArray | null {
  return TITLE_AFTER.exec(text.slice(end)) ?? TITLE_BEFORE.exec(text.slice(0, start));
}

/**
 * Those of `people` who answer to the title `word` written with `deputy` (副, or undefined) before it: 副理事长 is a deputy
 * 理事长; 副X a deputy X; a bare X its holders first, deputies when none (peopleWithTitle).
 */
export function titleHolders(people: Person[], deputy: string | undefined, word: string): Person[] {
  return peopleWithTitle(people, word === '副理事长' ? '理事长' : word, deputy !== undefined || word === '副理事长');
}

/** nearNames' answers per directory (a directory is replaced whole when the configuration changes). */
const answers = new WeakMap<Directory, Map<string, string[]>>();

function nearNamesOf(said: string, title: RegExpExecArray | null, directory: Directory, excluded: string[], doerId?: string): string[] {
  const people = directory.org.people.filter((p) => !excluded.includes(p.id) && p.name.length === said.length);
  const near = people.flatMap((p): Array<[Person, 'one' | 'sound']> => {
    const how = nearness(said, p.name);
    return how ? [[p, how]] : [];
  });
  const own = doerId !== undefined ? ownPeople(doerId, directory) : new Set<string>();
  const holders = title ? new Set(titleHolders(near.map(([p]) => p), title[1], title[2]!).map((p) => p.id)) : new Set<string>();
  const titled = near.filter(([p]) => holders.has(p.id));
  const fitting = titled.length > 0
    ? titled
    : near.filter(([p, how]) => how === 'sound' || (said.length === 3 && p.name[0] === said[0]));
  const rank = ([p, how]: [Person, 'one' | 'sound']) => (how === 'sound' ? 0 : 2) + (own.has(p.id) ? 0 : 1);
  return fitting.sort((a, b) => rank(a) - rank(b)).map(([p]) => p.id);
}

/**
 * The ids of `doerId`'s own people: those of their department, and of the departments they head or supervise (分管) — whom
 * they talk with most, so a sound-alike among them is offered first.
 */
function ownPeople(doerId: string, directory: Directory): Set<string> {
  const doer = directory.person(doerId);
  const units = new Set<string>(doer?.departmentId ? [doer.departmentId] : []);
  for (const d of directory.org.departments) if (d.headId === doerId || d.supervisorId === doerId) units.add(d.id);
  return new Set(directory.org.people.filter((p) => p.departmentId !== undefined && units.has(p.departmentId)).map((p) => p.id));
}
