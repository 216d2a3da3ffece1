// 「今天和里明主任谈了话」 (round 59, fce; t61a F8: 没看懂): voice input and pinyin keyboards write a name with one character of
// the same sound that is no surname (里明 for 李明, 风雪 for 冯雪), so unknownNameItems, which wants a common surname first,
// never saw a name there. Such a word where a counterpart stands is an unknown name, and nearNames offers the person it
// sounds like (是指李明吗？) — never recorded under the guessed name.
import type { Directory } from '../organization.js';
import { ADVERB_BEFORE_TALK, OBJECT_LABEL } from './adverbBeforeTalk.js';
import { sound } from './nearNames.js';
import { oncePer } from './oncePer.js';
import { ADDRESS_TITLES, type DirectoryIndex } from './parseDirectoryIndex.js';
import type { CounterpartItem } from './parseCounterpartItems.js';

/**
 * What may follow a name: a title, 同志, a talk's or signing's words, a list's joint, a count of the people listed
 * (王建国、刘方两位副理事长 · 刘方等同志, round 61 gac: 刘方 dropped), or the clause's end.
 */
export const BOUNDARY = `(?=同志|副?(?:${ADDRESS_TITLES.join('|')})|${ADVERB_BEFORE_TALK}|进行|开展|谈|聊|交流|沟通|签|廉政|提醒|任前|集中|分别|(?:\\d{1,2}|[两二三四五几])位|等|、|和|及|$|[\\s\\u0000,;，；。!?！？])`;
/** A word of 2–3 characters right after 与/和/跟/同/对/找/约/、 (group 1), where a counterpart stands. */
// A space too (王建过 刘方两位副理事长, round 61 gac: voice input parts a list by spaces): the word must still sound like a
// directory name, which ordinary words after a space do not.
// 对象：周滔 (round 63, gce): a record form's label before the name, as a connective.
const AFTER_CONNECTIVE = new RegExp(`(?:与|和|跟|同|对|找|约|、|\\s|${OBJECT_LABEL})[\\s]*([\\u4e00-\\u9fa5]{2,3}?)${BOUNDARY}`, 'g');

/** The cheap gate: a connective anywhere (most messages name no one after one). */
const CONNECTIVE = /[与和跟同对找约、\s]/;

/** The directory's names keyed by their sound with one character left out (`i` the place): the names one sound off. */
const namesBySoundKey = oncePer((directory: Directory): Map<string, string[]> => {
  const keys = new Map<string, string[]>();
  for (const p of directory.org.people) {
    const chars = [...p.name];
    if (chars.length < 2 || chars.length > 3) continue;
    for (let i = 0; i < chars.length; i++) {
      const key = soundKey(chars, i);
      keys.set(key, [...(keys.get(key) ?? []), p.name]);
    }
  }
  return keys;
});

/** `chars` with the character at `i` written as its sound and the others as they are (李明, 0 → 「li|明」). */
function soundKey(chars: string[], i: number): string {
  return chars.map((ch, k) => (k === i ? sound(ch) : ch)).join('|') + `#${i}`;
}

/**
 * Whether `said` (2–3 CJK characters, no directory name) differs from a directory name in exactly one character of the
 * same toneless sound (里明 → 李明 · 陈晶 → 陈静).
 */
export function soundsLikeDirectoryName(said: string, index: DirectoryIndex): boolean {
  const keys = namesBySoundKey(index.directory);
  const chars = [...said];
  return chars.some((_ch, i) => (keys.get(soundKey(chars, i)) ?? []).some((name) => name !== said));
}

/**
 * The directory names that `said` (2–3 CJK characters) differs from in exactly one character of the same toneless sound
 * (周滔 → [周涛]), each once; empty when none. The caller decides what one or several mean (round 62, gbd).
 */
export function soundAlikeDirectoryNames(said: string, index: DirectoryIndex): string[] {
  const keys = namesBySoundKey(index.directory);
  const chars = [...said];
  return [...new Set(chars.flatMap((_ch, i) => (keys.get(soundKey(chars, i)) ?? []).filter((name) => name !== said)))];
}

/**
 * Items for the words after a connective in `text` (2–3 CJK characters, not a directory name) that differ from a
 * directory name in exactly one character of the same toneless sound (里明 → 李明 · 风雪 → 冯雪), each with the problem
 * unknown_counterpart (nearNames then offers the name). Empty when the text has no connective or no such word.
 */
export function soundAlikeNameItems(text: string, index: DirectoryIndex): CounterpartItem[] {
  if (!CONNECTIVE.test(text)) return [];
  const items: CounterpartItem[] = [];
  for (const m of text.matchAll(AFTER_CONNECTIVE)) {
    const said = m[1]!;
    if (index.peopleByName.has(said)) continue;
    if (!soundsLikeDirectoryName(said, index)) continue;
    const start = m.index + m[0].length - said.length;
    items.push({ start, end: start + said.length, text: said, ids: [], problem: { code: 'unknown_counterpart', text: said } });
  }
  return items;
}
