// Several departments as the subject of one deed (财务科、办公室联合召开… · 财务科和组联部分别组织…): one reading per department.
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** The readings of `text`, one per department listed as its subject, and whether they held it together. */
export interface DepartmentsApart {
  /** `text` with the list replaced by one department each, in the order written (联合/分别 dropped). */
  texts: string[];
  /** 联合/共同/一起: one activity held together, so records that come out the same are one. */
  joint: boolean;
}

/** Between two departments of one list. */
const JOINER = /^\s*(?:、|,|和|及|与|同|以及)\s*$/;
/** After the list: what the departments did (联合召开, 分别组织, 于11月3日开展…). */
const DEED_AFTER = /^\s*((?:联合|共同|分别|各自|一起|一同|同时)?)\s*(?:于[^,;。!?]{0,14}?)?\s*(?:组织|召开|开展|举办|集中学习|学习|观看|收看|进行|签订)/;
/** Before the list: the start of a clause, perhaps a day (11月23日, 上周五, 11月份). */
const OPENING = /(?:^|[,;。!?\n\s]|[日号天]|周[一二三四五六日天]|星期[一二三四五六日天]|月份|上午|下午)$/;

/**
 * 财务科、办公室联合召开党风廉政建设工作会议 (found by the tester: only 财务科's was stored): each department listed as
 * the subject of one deed did it, so the deed is read once per department (its head's, or its 分管领导's meeting).
 * Undefined when `text` names no such list (a list after 与/到/对 is the people or places, not the doers).
 */
export function departmentsApart(text: string, directory: Directory): DepartmentsApart | undefined {
  const index = directoryIndex(directory);
  const found = [...text.matchAll(index.surfaces)].filter((m) => index.departmentBySurface.has(m[0]));
  for (let i = 0; i < found.length; i++) {
    if (!OPENING.test(text.slice(0, found[i]!.index))) continue;
    let j = i;
    while (j + 1 < found.length && JOINER.test(text.slice(found[j]!.index + found[j]![0].length, found[j + 1]!.index))) j++;
    const run = found.slice(i, j + 1);
    const ids = new Set(run.map((m) => index.departmentBySurface.get(m[0])!.id));
    const end = found[j]!.index + found[j]![0].length;
    const deed = DEED_AFTER.exec(text.slice(end));
    if (ids.size < 2 || !deed) {
      i = j;
      continue;
    }
    const before = text.slice(0, found[i]!.index);
    const after = text.slice(end).replace(/^\s*(?:联合|共同|分别|各自|一起|一同|同时)/, '');
    const seen = new Set<string>();
    const texts = run.filter((m) => !seen.has(index.departmentBySurface.get(m[0])!.id) && seen.add(index.departmentBySurface.get(m[0])!.id)).map((m) => `${before}${m[0]}${after}`);
    return { texts, joint: /联合|共同|一起|一同/.test(deed[1]!) };
  }
  return undefined;
}
