// 张伟「陈志强出差回来后和冯雪谈了」 (round 63, gcc; t65a's near-miss: read as 张伟's talks with 陈志强 and 冯雪): one named
// back from a trip, then a deed, is its subject. 出差回来后 only dates the deed loosely; without it the reading of
// 「陈志强和冯雪谈了」 (陈志强's talk with 冯雪) stands.

/** A clause opening with a subject, back from away (出差/休假/开会/学习… 回来后), then a day or the talk's partner. */
const BACK = /(^|[,，;；。\n]\s*)([\u4e00-\u9fa5]{2,6}?)(?:出差|休假|开会|学习|培训|下乡|外出)回来(?:以后|之后|后)?[，,\s]*(?=今天|昨天|前天|上周|本周|这周|\d|和|跟|与|同|找|对)/g;

/** `text` with 出差回来后 (and the like) taken out after a clause's subject; as it was when there is none. */
export function withoutBackFromTrip(text: string): string {
  if (!text.includes('回来')) return text;
  return text.replace(BACK, '$1$2');
}
