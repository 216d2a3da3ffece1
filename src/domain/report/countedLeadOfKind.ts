// 「本月共开展廉政教育2次：11月3日学习…，11月10日观看…，11月24日学习…」 (round 45, frb: the three recorded at once, the 2 never
// said): a counted lead naming its kind over dated items, which countedDeedDays reads; its count is weighed against them.
import type { CountedLead } from './countedLeadOverItems.js';
import { chineseNumber } from './chineseNumber.js';

/** The lead: a span or unit, 共, 开展/组织/召开 and a kind, the count and 次, then a colon (groups: the count). */
// 本月我部共开展廉政教育2次，11月10日学习…，11月17日…，11月24日… (round 65, geb: three items under 2次, the difference never
// said): a comma after the count heads its items as a colon does, when every clause after it opens with its day.
const LEAD = /^[^,，。;；:：\n]{0,12}?(?:共|一共|累计)?(?:开展|组织|召开|举办|进行)了?(?:共|一共)?[\u4e00-\u9fa5]{2,10}?([两二三四五六七八九十]|[1-9]\d?)次\s*[:：,，]\s*/;
/** A clause opening with its own day (11月3日 · 3日). */
// 11.24 · 上周二 · 昨天 (round 65, geb): dotted and relative days open items too.
const DAY_OPENING = /^(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}[.．]\d{1,2}(?![\d.．])|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|[今昨前]天)/;

/** The counted lead of a kind heading dated items on `text`'s first line holding one, its items counted; else undefined. */
export function countedLeadOfKind(text: string): CountedLead | undefined {
  for (const line of text.split('\n')) {
    const lead = LEAD.exec(line.trim());
    if (!lead) continue;
    const clauses = line.trim().slice(lead[0].length).split(/[,，;；。]/).map((c) => c.trim()).filter((c) => c.length > 0);
    // Every clause is a dated item: a clause of another shape (a total, a note) leaves the count unweighed.
    if (clauses.length < 2 || !clauses.every((c) => DAY_OPENING.test(c))) continue;
    const count = chineseNumber(lead[1]!) ?? Number(lead[1]);
    return { said: lead[0].replace(/[:：,，\s]+$/, ''), count, people: false, items: clauses.length };
  }
  return undefined;
}
