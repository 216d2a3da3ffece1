// 昨天谈心谈话：李明；廉政谈话：孙丽 (round 28, n28: the second talk asked its day): one day over labelled clauses.
import { findKinds } from './parseKind.js';

/** The day a line opens with (昨天 · 11月27日 · 上周三 · 周一上午). */
const LEAD_DAY = /^(\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|今天|昨天|前天|(?:上|本|这)?(?:周|星期)[一二三四五六日天])(?:上午|下午|晚上)?)[,，\s]*/;

/** 廉政谈话：孙丽 · 谈心谈话:李明、王芳: a type label, a colon, who it was with; no day of its own, no further colon. */
const LABELLED = /^\s*([^:：,，;；。\d]{2,12})[:：]\s*[^:：;；。]+[;；。]?\s*$/;

/** A day named inside a clause, which then keeps its own. */
const OWN_DAY = /\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|[今昨前]天|周[一二三四五六日天]|星期[一二三四五六日天]/;

/**
 * `text` with the day a line opens with written before each of its ；-clauses when every clause is a type label and the
 * people it was held with (昨天谈心谈话：李明；廉政谈话：孙丽 → 昨天谈心谈话：李明；昨天廉政谈话：孙丽), as a clerk reads it;
 * `text` unchanged otherwise. A clause that names its own day keeps it, and so the line is left alone.
 */
export function withDayOverLabels(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const day = LEAD_DAY.exec(line);
      if (!day) return line;
      const clauses = line.slice(day[0].length).split(/(?<=[;；])/).filter((c) => c.trim() !== '');
      if (clauses.length < 2) return line;
      const labelled = clauses.every((c) => {
        const m = LABELLED.exec(c);
        return m !== null && findKinds(m[1]!).length > 0 && !OWN_DAY.test(c);
      });
      return labelled ? clauses.map((c) => `${day[1]!.trim()}${c.trimStart()}`).join('') : line;
    })
    .join('\n');
}
