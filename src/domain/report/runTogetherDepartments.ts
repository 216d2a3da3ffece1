// Round 69 (gib; t71c): 张颖「刘芳同志11月20日讲了廉政党课，…，组联部康复部共25人参加」 put the 党课 at 组联部 only, 康复部
// dropped with a note: two of the directory's departments typed one after the other with no 、/和 between them are a list,
// as the spaced list (spacedDepartmentLists.ts) is. Only where a list stands: before the people, a count or 参加 — never
// 组联部办公室 (the 组联部's own room), and no department name is ever cut out of a longer word.
import type { Directory } from '../organization.js';
import { longDepartmentAlternation } from './departmentNames.js';
import { oncePer } from './oncePer.js';

/** What follows a list of units said as those who took part (共25人 · 全体党员 · 党员参加 · 两个部门 · 的同志 · 、财务科). */
const LIST_AFTER = '(?:共|全体|党员|干部|同志|人员|职工|员工|参加|参会|出席|等|两个|三个|的(?:党员|干部|同志|全体|人员|职工)|[0-9０-９一二三四五六七八九十]+(?:名|人|位)|、)';

/** Two or more departments run together, then what a list of those taking part is followed by; once per directory. */
const runOf = oncePer((directory: Directory): RegExp | undefined => {
  const names = longDepartmentAlternation(directory);
  if (names === '') return undefined;
  const name = `(?:${names})`;
  // 办公室 after another unit is that unit's office, a room, never a second unit of a list.
  return new RegExp(`(${name})(?=(?!办公室)${name}(?:${name})*${LIST_AFTER})`, 'g');
});

/**
 * `text` with departments written one after another (组联部康复部共25人参加) parted by 、 (组联部、康复部共25人参加), when the
 * run is followed by who or how many took part; otherwise `text` unchanged. Names are the directory's (aliases too).
 */
export function withRunTogetherDepartments(text: string, directory: Directory): string {
  const run = runOf(directory);
  if (run === undefined) return text;
  return text.replace(run, '$1、');
}
