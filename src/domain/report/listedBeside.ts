// 这周三办公室财务科集体廉政谈话 李明 孙丽 王强参加 (r47 fse kind 1): the 参加 closing a list of names spaced or parted by
// 、 is said of the whole list, so the last name before it is one of the list, never someone who only sat in.
import type { ParseContext } from './draft.js';
import type { Counterpart } from './parseCounterparts.js';

/** A post written after a name in a list (李明主任 孙丽科长 王强参加). */
const POST = '(?:同志|主任|副主任|科长|副科长|部长|副部长|书记|副理事长|理事长|干事|科员|医师)?';

/** The names of the counterparts other than `id`: those `id` may stand in a list with. */
export function namesBeside(counterparts: Counterpart[], id: string, ctx: ParseContext): string[] {
  return counterparts.filter((c) => c.id !== id).flatMap((c) => ctx.directory.person(c.id)?.name ?? []);
}

/**
 * Whether `before` (the words of a clause before a name) ends with one of `names` and a list's separator (spaces or 、):
 * the name after it is the list's next. 和李明廉政谈话，王强参加 (王强 alone in its clause) is no list.
 */
export function endsListOf(before: string, names: string[]): boolean {
  return names.some((n) => new RegExp(`${n}${POST}(?:[\\s\\u3000]*、[\\s\\u3000]*|[\\s\\u3000]+)$`).test(before));
}
