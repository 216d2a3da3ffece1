// What the bot says when a presence message's name and number point at different records (round 67, ggd: presentItemConflict).
import type { PresentItemConflict } from '../domain/report/presentItemConflict.js';

/**
 * 「您说「王强」只是在场，但第3条是（廉政谈话｜…｜对象：孙杰…）；王强是第2条（…）。」 and `then` (what was left as it was,
 * how to say which is meant). `describe(n)` describes record n (1-based); `count` is how many records `where` (您最近一次上报 ·
 * 卡片上) numbers, so a number past them is said to be none.
 */
export function conflictLine(conflict: PresentItemConflict, describe: (n: number) => string, count: number, where: string, then: string): string {
  const { name, item, named } = conflict;
  const at = named.map((n) => `第${n}条（${describe(n)}）`).join('、');
  const said = item > count ? `${where}只有 ${count} 条，没有第${item}条` : `您说「${name}」只是在场，但第${item}条是${describe(item)}`;
  return `${said}；${name}是${at}。${then}`;
}
