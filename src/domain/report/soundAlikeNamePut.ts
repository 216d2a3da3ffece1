// 「跟周滔那次是廉政谈话 不是谈心」 (round 62, gbd; t64a G10: 「没有找到…「跟周滔」的记录」, no 是不是周涛?): the words that name
// a stored record hold a name heard by voice input or a pinyin keyboard as another of the same sound. A report asks
// 是不是周涛? (soundAlikeNameItems); a correction is shown on a 请确认修改 card anyway, so the one directory name of that
// sound is put in, said back, and the record looked up with it. Several names of that sound put nothing in.
import { ADDRESS_TITLES, type DirectoryIndex } from './parseDirectoryIndex.js';
import { soundAlikeDirectoryNames } from './soundAlikeNameItems.js';

/** The naming words with the heard name put right, the name as written and the directory's name. */
export interface SoundAlikePut {
  words: string;
  said: string;
  name: string;
}

/**
 * A word of 2–3 characters where a person stands in naming words: at the start or after 与/和/跟/同/对/找/约/a space or
 * mark, then a title, 同志, 的, a pointer (那次/那条) or the end (周滔那次 · 跟周滔 · 和王建过副理事长那条).
 */
// Zero-width, the word caught inside the lookahead: every place is tried (跟周滔 at 0 would otherwise hide 周滔 at 1).
const NAME_SLOT = new RegExp(`(?<=^|[与和跟同对找约\\s,;])(?=([\\u4e00-\\u9fa5]{2,3}?)(?:同志|副?(?:${ADDRESS_TITLES.join('|')})|的|那|$))`, 'g');

/**
 * `words` (naming words of a correction, normalised) with the first word in a person's place that is no directory name
 * but sounds like exactly one (周滔 → 周涛) put right, or undefined when there is none. Pure; `index` is the directory's.
 */
export function soundAlikeNamePut(words: string, index: DirectoryIndex): SoundAlikePut | undefined {
  for (const m of words.matchAll(NAME_SLOT)) {
    const said = m[1]!;
    if (index.peopleByName.has(said)) continue;
    const names = soundAlikeDirectoryNames(said, index);
    if (names.length !== 1) continue;
    const start = m.index;
    return { words: words.slice(0, start) + names[0]! + words.slice(start + said.length), said, name: names[0]! };
  }
  return undefined;
}
