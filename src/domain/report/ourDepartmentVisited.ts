// 杨帆「赵书记12月2号来我们宣文部调研，听取了王磊部长的工作汇报，最后和部门全体同志进行了集体廉政谈话」 (round 52, fwf; t54b
// F3: asked 和谁 with only 杨帆 offered, 王磊 left out, and 「宣文部」 named as unmatched): 来/到 我们 before a department's
// own name is a visit to that department, read as 来宣文部 is (its 部门全体同志 its people, the head whose report was heard
// among them; README round 39).
import type { Directory } from '../organization.js';
import { departmentAlternation } from './departmentNames.js';
import { oncePer } from './oncePer.js';

/** The words of a visit: 来 · 来到 · 到 · 去 · 赴 · 深入 · 走进 · 莅临 (了 after them). */
const VISIT = '(?:来到|来|到|去|赴|深入|走进|莅临)了?';

/**
 * `text` with 我们/咱们/我 dropped between a visit word and a department's name or alias (来我们宣文部 → 来宣文部,
 * 到咱们财务科 → 到财务科); `text` itself when there is none. 来我部 · 来我们部 (no name) are read elsewhere and left alone.
 */
export function withOurDepartmentVisited(text: string, directory: Directory): string {
  if (!/(?:我们|咱们|我)/.test(text)) return text;
  return text.replace(ourOf(directory), '$1');
}

/** 来我们 · 到咱们 before a department's name or alias, compiled once per directory (every one matches when it has none, as before). */
const ourOf = oncePer((directory: Directory): RegExp => new RegExp(`(${VISIT})(?:我们|咱们|我)(?=(?:${departmentAlternation(directory)}))`, 'g'));
