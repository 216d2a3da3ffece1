// 「今天和张颖进行了廉政谈话，周滔也在」 (round 63, gce; t65a: the bystander 周涛, heard as 周滔 by voice input, was dropped
// with no word — namedPeople knows only the directory's names). Someone only present is recorded nowhere, so the one
// directory name of that sound is said back on the receipt (「周滔也在」：周涛是一同参加的…) rather than the clause lost;
// a report's own counterpart of that sound is still asked (soundAlikeNameItems), never taken.
import type { ParseContext } from './draft.js';
import { titleHolders } from './nearNames.js';
import { ADDRESS_TITLES, directoryIndex } from './parseDirectoryIndex.js';
import { soundAlikeDirectoryNames } from './soundAlikeNameItems.js';

/** A name of 2–3 characters, then 同志 or a title (副 allowed) or nothing: the whole of the words. */
const NAME_THEN_TITLE = new RegExp(`^([\\u4e00-\\u9fa5]{2,3}?)(?:同志|(副)?(${ADDRESS_TITLES.join('|')}|副理事长))?$`);

/**
 * The id of the one directory person whose name `words` (a name the directory does not know, perhaps with 同志 or a
 * title: 周滔 · 周滔部长 · 周滔同志) sounds like in one character, and the name as written; undefined when `words` is
 * anything else, a directory name, of no or of several such sounds, or a title written that the person does not hold.
 */
export function soundAlikeNamed(words: string, ctx: ParseContext): { said: string; id: string } | undefined {
  const m = NAME_THEN_TITLE.exec(words.trim());
  if (!m) return undefined;
  const said = m[1]!;
  const index = directoryIndex(ctx.directory);
  if (index.peopleByName.has(said)) return undefined;
  const names = soundAlikeDirectoryNames(said, index);
  const people = names.length === 1 ? (index.peopleByName.get(names[0]!) ?? []) : [];
  if (people.length !== 1) return undefined;
  if (m[3] !== undefined && titleHolders(people, m[2], m[3]).length === 0) return undefined;
  return { said, id: people[0]!.id };
}
