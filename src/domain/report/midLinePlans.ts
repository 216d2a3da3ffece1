// 「11月已完成：…。12月计划：12月10日前…，12月中旬报送年度调研报告。」 (t30f §1.6: the second plan asked its day): a plan
// heading in the middle of a line, after a sentence of deeds, holds the rest of that sentence run, as one opening a line does.
import type { MessageItem } from './splitItems.js';
import { doneSentenceStart } from './doneDeedAfterPlan.js';

/** A heading after a sentence's end: its words (2–12, no marks) before a colon. */
const MID_HEADING = /[。;]\s*([^,;。!?:]{2,12}):(?=\S)/g;
/** Words that make a heading one of plans (as planSection's), and those of deeds done, which never do. */
const PLAN_HEAD = /计划|安排|下一步|下一?阶段|下(?:个)?(?:周|星期|月|季度)|明年|拟|打算|思路|设想/;
// 按照计划：11月27日报送… tells a deed done as planned: no plan heading either.
const DONE_HEAD = /完成|落实|情况|小结|总结|已|开展了|做了|按|根据|依照/;

/**
 * `items` with each line's mid-line plan sections cut out (from the plan heading up to the next heading on the line,
 * or its end), and the names of those sections (「12月计划」) for the remark that their items were not recorded. Items
 * whose text is left empty are dropped. A heading opening an item is planSections', left alone. A sentence saying a deed
 * done on a day up to `today` (YYYY-MM-DD; 另外，今天已与王磊…谈话) ends the section too: it is no plan.
 */
export function midLinePlans(items: readonly MessageItem[], today: string): { items: MessageItem[]; names: string[] } {
  const names: string[] = [];
  const kept = items.flatMap((item) => {
    const heads = [...item.text.matchAll(MID_HEADING)];
    if (!heads.some((h) => isPlan(h[1]!))) return [item];
    let text = '';
    let from = 0;
    heads.forEach((h, k) => {
      if (!isPlan(h[1]!)) return;
      // The sentence mark before the heading stays with the deeds before it.
      const start = h.index + 1;
      const heading = heads.slice(k + 1).find((n) => !isPlan(n[1]!))?.index;
      const doneAt = doneSentenceStart(item.text.slice(start), today);
      // The index of the mark ending the section, as a heading's match begins with the mark before it.
      const done = doneAt === undefined ? undefined : start + doneAt - 1;
      const end = heading === undefined ? done : done === undefined ? heading : Math.min(heading, done);
      if (start < from) return;
      text += item.text.slice(from, start);
      from = end === undefined ? item.text.length : end + 1;
      names.push(h[1]!.trim());
    });
    text += item.text.slice(from);
    return text.trim() === '' ? [] : [{ ...item, text }];
  });
  return { items: kept, names };
}

function isPlan(words: string): boolean {
  return PLAN_HEAD.test(words) && !DONE_HEAD.test(words);
}
