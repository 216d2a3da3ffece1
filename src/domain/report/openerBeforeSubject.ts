// 「…讲廉政党课。课后赵书记分别与何平主任、徐辉副主任进行了谈心谈话」 (t39a F32: 赵敏 made a third person talked with, the talks
// asked whose): with no comma after 课后/会后/…结束后, the subject right after it was read as one of the people; a comma after
// the opener lets every reader see the subject open its clause, as 「课后，赵书记…」 always was.

import type { Directory } from '../organization.js';
import { guardedAlternation } from './guardedAlternation.js';
import { oncePer } from './oncePer.js';
import { directoryNames } from './directoryNames.js';

/** Openers saying when (after the deed told before): 课后 · 会后 · 随后 · 党课结束后 · 活动结束后 … */
const OPENER = '(?:课后|会后|散会后|随后|之后|此后|[\\u4e00-\\u9fa5]{1,4}?(?:结束|完毕)(?:以后|之后|后))';
/** A title after a surname or a name (赵书记 · 赵敏书记 · 何主任 · 陈副理事长). */
const TITLE = '(?:书记|副?理事长|副?部长|副?主任|副?科长|同志)';

/**
 * The opener-then-person pattern, compiled once per directory (oncePer; issue 14: never the 1,000 names per message).
 * The names are inside a lookahead, where guardedAlternation's form is safe.
 */
const pattern = oncePer((directory: Directory): RegExp => {
  const names = guardedAlternation(directoryNames(directory));
  const who = names ? `(?:${names}|[\\u4e00-\\u9fa5]${TITLE})` : `[\\u4e00-\\u9fa5]${TITLE}`;
  return new RegExp(`(^|[。；;，,\\n])(${OPENER})(?=${who})`, 'g');
});

/**
 * `text` with a comma after each opener of a clause (after 。；，or a line break, or at the start) that a person follows at
 * once: one of the directory's people or a surname and a title (赵书记). Unchanged otherwise.
 */
export function withCommaAfterOpener(text: string, directory: Directory): string {
  if (!/后/.test(text)) return text;
  return text.replace(pattern(directory), '$1$2，');
}
