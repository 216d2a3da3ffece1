// 与宣文部、康复中心全体职工谈话 (issue 10, s28: 宣文部's people were lost, the card saying 宣文部 was not matched): the
// departments joined to one named, up to a word that applies to the whole list.
import type { DirectoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** What may join two departments of a list: 、 和 及 与 以及 同 (and a comma typed for 、). */
const JOIN = /^[\s\u0000]*(?:、|,|，|以及|和|及|与|同)[\s\u0000]*/;

/** The directory's surfaces, matched only at the start of a text. */
const anchored = oncePer((index: DirectoryIndex): RegExp => new RegExp(`^(?:${index.surfaces.source})`));

/**
 * Where the list of departments that goes on right after offset `end` of `text` ends (`end` itself when none goes on),
 * and the ids of the departments after the first, in order. Only departments of the directory continue a list: a
 * person (与宣文部、王强…) ends it.
 */
export function departmentListAhead(text: string, end: number, index: DirectoryIndex): { end: number; ids: string[] } {
  const ids: string[] = [];
  let at = end;
  for (;;) {
    const join = JOIN.exec(text.slice(at));
    if (!join) break;
    const from = at + join[0].length;
    const next = anchored(index).exec(text.slice(from));
    const dept = next ? index.departmentBySurface.get(next[0]) : undefined;
    if (!dept) break;
    ids.push(dept.id);
    at = from + next![0].length;
  }
  return { end: at, ids };
}
