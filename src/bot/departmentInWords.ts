// 第1条是教育就业部、维权部两个部门 (round 39, t38a F9(c)): the departments a correction in words names, read against the
// directory as a message's departments are (names and aliases: 教就部 is 教育就业部).
import type { Directory } from '../domain/organization.js';
import { directoryIndex } from '../domain/report/parseDirectoryIndex.js';

/** The id of the one department `words` name (its name or an alias, 的 after it allowed), or undefined. */
export function departmentInWords(directory: Directory, words: string): string | undefined {
  return directoryIndex(directory).departmentBySurface.get(words.trim().replace(/的$/, ''))?.id;
}

/** The department's name for the change said back; the id when it is no longer configured. */
export function departmentNameOf(directory: Directory, id: string): string {
  return directory.department(id)?.name ?? id;
}
