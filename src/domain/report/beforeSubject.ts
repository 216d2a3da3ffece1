// The words before a person named as a subject, with the department that names their unit (维权部冯部长) left out.
import { departmentEnding, type DirectoryIndex } from './parseDirectoryIndex.js';
import { VAGUE_SPAN } from './vagueSpan.js';

/** 本月 · 11月份 · 今年以来 · 近期 · 上周 · 本季度 · 四季度 · 今年下半年 right before the subject, after the clause's start. */
// 本季度党组书记与班子成员谈话… (round 32b, F6: 「本季度党组书记」 asked as an unknown person once per item): a quarter or
// half of the year is such a time too.
const VAGUE_BEFORE = new RegExp(`(?<=(?:^|[,;。!?:])[\\s\\u0000]*)${VAGUE_SPAN}[\\s\\u0000,]*$`);

/**
 * `text` up to `start`, without a department's name standing right before it: 维权部冯部长本周一和我… · 康复中心何主任跟我…
 * (round 20 #1: the head read as the one talked to and the sender stored at once as the doer). The department only says
 * whose head it is, so the person still opens the clause.
 */
export function beforeSubject(text: string, start: number, index: DirectoryIndex): string {
  // 本月王建国副理事长与李明… · 上周张书记… (issue 10: 王建国 read as one talked to, the sender the doer): a time said vaguely
  // (no day, so not masked) before the subject leaves the subject opening its clause, as a masked day does.
  const before = text.slice(0, start).replace(VAGUE_BEFORE, '');
  const longest = departmentEnding(before, index);
  return longest ? before.slice(0, before.length - longest.length) : before;
}
