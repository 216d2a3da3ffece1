// 王建国 「上周三和办公室里明 财务科孙丽分别进行了廉政谈话」 (round 61, gac; t63b F1, wrong on a card): the misheard 里明 (李明,
// 办公室's head) stood after its department, not after 和/与/、, so soundAlikeNameItems never saw it; 孙丽 was kept and
// 里明 dropped with only 「办公室」没有对应 said. A word right after a department's name that sounds like a directory name
// is an unknown name there, and nearNames offers the person (是指李明吗？) — never stored on the guess, never dropped.
import type { CounterpartItem } from './parseCounterpartItems.js';
import type { DirectoryIndex } from './parseDirectoryIndex.js';
import { BOUNDARY, soundsLikeDirectoryName } from './soundAlikeNameItems.js';

/** The name-shaped word right after a department's name (a 的 or spaces between allowed), anchored at the slice's start. */
const WORD_AFTER = new RegExp(`^([\\s的]*)([\\u4e00-\\u9fa5]{2,3}?)${BOUNDARY}`);

/**
 * Items for the words in `rest` (the text with earlier readers' finds masked, positions kept) that stand right after a
 * department's name in `written` (the same text unmasked) and differ from a directory name in one character of the same
 * sound: each an unknown_counterpart item of the word, and a plain item (no people, no problem) over the department's
 * name, which the word's person stands for (so it is neither its head nor a leftover). Empty when `written` names no
 * department or no such word follows one.
 */
export function soundAlikeAfterDepartment(rest: string, written: string, index: DirectoryIndex): CounterpartItem[] {
  const items: CounterpartItem[] = [];
  for (const surface of index.departmentBySurface.keys()) {
    for (let at = written.indexOf(surface); at >= 0; at = written.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      const m = WORD_AFTER.exec(written.slice(end));
      if (!m) continue;
      const said = m[2]!;
      const start = end + m[1]!.length;
      // Taken by an earlier reader (a name, a longer department's name), or a name the directory knows.
      if (rest.slice(start, start + said.length) !== said || index.peopleByName.has(said) || index.departmentBySurface.has(said)) continue;
      if (items.some((i) => i.start === start) || !soundsLikeDirectoryName(said, index)) continue;
      items.push({ start: at, end, text: surface, ids: [] });
      items.push({ start, end: start + said.length, text: said, ids: [], problem: { code: 'unknown_counterpart', text: said } });
    }
  }
  return items;
}
