// 何主任 · 刘芳副理事长 · 王强、胡军: the directory people a few words name and nothing else, or undefined.
import { parseCounterparts } from './parseCounterparts.js';
import type { ParseContext } from './draft.js';

/**
 * The ids of the people `words` name when they name people only (a name, a surname and title, a list of those), each one
 * person for sure; undefined when a word is anything else, or someone is unsure (王科长 said where two are 王科长). The
 * sender counts as named too (我 is not: it is no name).
 */
export function namedPeople(words: string, ctx: ParseContext): string[] | undefined {
  const bare = words.replace(/^[\s\u0000]+|[\s\u0000]+$/g, '');
  if (bare === '' || /我|本人|大家|全体|所有|各|们/.test(bare)) return undefined;
  // The sender is no one to leave out of parseCounterparts here: 孙科长 said by 孙丽's deputy is still 孙丽.
  const read = parseCounterparts(bare, { ...ctx, senderId: '' });
  if (read.problems.length > 0 || read.actorId !== undefined || read.counterparts.length === 0) return undefined;
  if (read.counterparts.some((c) => c.departmentId !== undefined)) return undefined;
  // Whatever the names did not take must be joins and courtesy words only (同志, 、, 和).
  // 党组成员、副理事长刘芳 (t46b F1: the 陪同 leader of a 工作动态 made a third person talked to): the parts of a named
  // person's own title written before the name, joined by 、, are the name's, not other words.
  const titles = read.counterparts.flatMap((c) => (ctx.directory.person(c.id)?.title ?? '').split('、')).filter((t) => t.length >= 2);
  const left = titles.reduce((t, title) => t.split(title).join(''), read.rest).replace(/[\s\u0000、和及与,，]|同志/g, '');
  return left === '' ? read.counterparts.map((c) => c.id) : undefined;
}
