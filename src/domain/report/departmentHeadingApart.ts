// 宣文部本月两次学习：11月6日… on one line, sent by a clerk: the words before the colon head the items after it, as on a line of their own.
import type { Directory } from '../organization.js';
import { headingDepartment } from './headingDepartment.js';
import { headingBody } from './headingBody.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A line's opening words up to its first colon, with something after it. */
const OPENING = /^(\s*[^:\n]{2,30}?:)[ \t]*(?=\S)/;

/**
 * `text` with a line break after a heading that opens a line and names the
 * sender's own department (宣文部11月学习： · 办公室11月两次学习：), so its items are
 * read under that heading — the department's, its head's — as they are under
 * 「…学习情况：」 (round 18, A: only headings with 工作/情况 were set apart, the
 * others' items stored at once as the clerk's own). `today` (YYYY-MM-DD) only
 * tells a day before the colon (11月6日：…), which is no heading of this kind.
 */
export function departmentHeadingApart(text: string, directory: Directory, senderId: string, today: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = OPENING.exec(line);
      if (!m) return line;
      const heading = m[1]!;
      if (parseDay(arabicizeNumerals(heading), today).date !== undefined) return line;
      // 宣文部11月廉政党课2次：… names its own kind: read as an inline heading, whose entries take that kind.
      if (findKinds(extractTitles(heading).rest).length > 0) return line;
      if (headingDepartment(heading, directory, senderId) === undefined && headingBody(heading, directory, senderId) === undefined) return line;
      return `${heading}\n${line.slice(m[0].length)}`;
    })
    .join('\n');
}
