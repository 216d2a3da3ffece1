// 「和李明谈了心，周滔也在」 (round 63, gcc; t65a: 周涛 written with a homophone was dropped without a word): a name the
// directory does not know, said of someone only there, is the one person it sounds like or is one character off.
import type { ParseContext } from './draft.js';
import { nearNames } from './nearNames.js';

/** A leader's or head's title after the name (周滔部长 · 孙莉科长), left for nearNames to read beside it. */
export const TITLE_AFTER = /(?:同志|副?书记|副?理事长|副?主任|副?部长|副?科长)$/;

/**
 * The one directory person (never the sender) whom `words` (a 2–3 character name, a title after it allowed) sounds like
 * or is one character off, read where it stands in `text`; undefined when it is no such name or several fit.
 */
export function soundAlikePerson(words: string, text: string, ctx: ParseContext): string | undefined {
  const name = words.replace(TITLE_AFTER, '');
  if (!/^[\u4e00-\u9fa5]{2,3}$/.test(name)) return undefined;
  const at = text.indexOf(name);
  if (at < 0) return undefined;
  const near = nearNames(name, text, at, at + name.length, ctx.directory, [ctx.senderId]);
  return near.length === 1 ? near[0] : undefined;
}
