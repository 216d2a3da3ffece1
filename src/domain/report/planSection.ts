// 二、下周安排⏎1.…⏎2.… · 12月计划：…；… inside a summary of deeds done: a section of plans, whose items are no deeds
// (round 19, M15/M19: they were read as deeds and asked their day).
import type { MessageItem } from './splitItems.js';
import { saysDeedDone } from './doneDeedAfterPlan.js';

/** Words that make a heading one of plans: 计划 · 安排 · 下一步 · 下周 · 下月 · 下阶段 · 拟 · 打算 · 思路. */
const PLAN_HEAD = /计划|安排|下一步|下一?阶段|下(?:个)?(?:周|星期|月|季度)|明年|拟|打算|思路|设想/;
/** A heading of what was done (11月计划完成情况, 本周已完成, 工作小结): never a plan heading. */
const DONE_HEAD = /完成|落实|情况|小结|总结|已|开展了|做了/;
/** A section heading of its own: a short line of no sentence marks (已完成 · 下周安排 · 12月工作计划:). */
const BARE_HEADING = /^[^,;。!?]{2,14}:?\s*$/;
/** A bare heading that is one of plans ends so (下周安排 · 下一步工作计划), or with a colon; 拟和王强谈话 alone is a deed's line. */
const PLAN_HEAD_END = /(?:计划|安排|打算|思路|设想|下一步|工作|重点)\s*$|:\s*$/;
/** 12月计划:… · 下月计划:… · 下一步打算:…: a short plan heading before a colon, with the plans after it on its line. */
const INLINE_HEAD = /^\s*([^,;。!?:]{2,12}):(?=\S)/;

/** Whether a heading's words name plans (下周安排 · 12月工作计划 · 下一步打算), not deeds done (11月计划完成情况). */
export function planHeading(words: string): boolean {
  return PLAN_HEAD.test(words) && !DONE_HEAD.test(words);
}

/** What a plan section is called on the card (「下周安排」), for the remark that its items were not recorded. */
export interface PlanSection {
  /** The heading's words, without its colon. */
  name: string;
  /** Indexes (in the items) of the heading and of every item under it. */
  items: number[];
}

/**
 * The plan sections of `items`: a bare heading naming plans (下周安排, 二、下一步工作计划：) holds every item after it up to the
 * next bare heading; an inline one (12月计划：…；…) holds the rest of its line. A heading of deeds done (本周已完成,
 * 11月计划完成情况) is none. Items whose text is itself a heading count as the section's too, so they are never read.
 * With `today` (YYYY-MM-DD), an item saying a deed done on a day up to today (另外，今天已与王磊…谈话) is in no section.
 */
export function planSections(items: readonly MessageItem[], today?: string): PlanSection[] {
  const done = (j: number) => today !== undefined && saysDeedDone(items[j]!.text, today);
  const sections: PlanSection[] = [];
  let open: PlanSection | undefined;
  items.forEach((item, i) => {
    const text = item.text.trim();
    // 开展节前廉政提醒谈话 under 下月工作计划： is short too: only a line worded as a heading opens or closes a section.
    const worded = /:\s*$/.test(text) || (planHeading(text) && PLAN_HEAD_END.test(text)) || /(?:完成|情况|小结|总结|工作)\s*$/.test(text);
    const bare = BARE_HEADING.test(text) && worded && items[i + 1]?.line !== item.line;
    if (bare) {
      open = planHeading(text) && PLAN_HEAD_END.test(text) ? { name: text.replace(/:\s*$/, ''), items: [i] } : undefined;
      if (open) sections.push(open);
      return;
    }
    const inline = INLINE_HEAD.exec(text);
    if (inline && planHeading(inline[1]!)) {
      const section = { name: inline[1]!.trim(), items: items.map((x, j) => j).filter((j) => (j === i || (j > i && !done(j))) && items[j]!.line === item.line) };
      sections.push(section);
      return;
    }
    if (open && !open.items.includes(i) && !done(i)) open.items.push(i);
  });
  // An inline section's later items on the same line are in it already; an item is in at most one section.
  const seen = new Set<number>();
  return sections
    .map((s) => ({ ...s, items: s.items.filter((j) => (seen.has(j) ? false : (seen.add(j), true))) }))
    .filter((s) => s.items.length > 1 || !BARE_HEADING.test(items[s.items[0]!]!.text));
}

/** 一、已完成 · 完成情况: a short heading over the deeds done, which is no deed of its own (named as unread, round 19). */
export function doneHeading(text: string): boolean {
  // 上周已完成： names the week of the weekdays under it, and is read as such elsewhere.
  return /^[^,;。!?\d上下]{2,8}:?\s*$/.test(text.trim()) && /完成/.test(text) && !PLAN_HEAD.test(text);
}
