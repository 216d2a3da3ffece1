// 「和李科长谈了话」 (round 63, gce; the brief's surname + title): a surname and a title no one of that surname holds (李明 is
// 办公室主任, not a 科长) was asked 「通讯录里找不到「李科长」」 with nothing to tap. The people of that surname who hold a
// title are offered (是不是李明（办公室主任）？) — never taken: a 科长 of another body is as likely.
import type { Directory } from '../organization.js';
import { ADDRESS_TITLES, directoryIndex, surnameOf } from './parseDirectoryIndex.js';
import { OUTSIDE_BODY } from './parseCounterpartItems.js';

/** A surname of one or two characters, then 副? and a title word: the whole of what was said. */
const SURNAME_AND_TITLE = new RegExp(`^([\\u4e00-\\u9fa5]{1,2}?)副?(?:${ADDRESS_TITLES.join('|')})$`);
/** A title that makes its holder someone addressed by it (科员 · 医师 are not). */
const ADDRESSED = new RegExp(ADDRESS_TITLES.join('|'));

/**
 * The ids of the directory's people (`excluded` left out, in the directory's order) bearing the surname of `said` — a
 * surname and title (李科长 · 陈副部长) that matched no one — whose title is one they are addressed by (主任, 部长, 书记…).
 * Empty when `said` is no surname and title, the surname is no one's, or a body outside stands right before it in `text`
 * (区纪委王科长: asked who, nothing offered; `start` is where `said` stands).
 */
export function surnameTitleNear(said: string, text: string, start: number, directory: Directory, excluded: string[] = []): string[] {
  const m = SURNAME_AND_TITLE.exec(said);
  if (!m) return [];
  if (OUTSIDE_BODY.test(text.slice(Math.max(0, start - 16), start))) return [];
  const people = directoryIndex(directory).peopleBySurname.get(m[1]!) ?? [];
  return people.filter((p) => !excluded.includes(p.id) && surnameOf(p.name) === m[1] && ADDRESSED.test(p.title)).map((p) => p.id);
}
