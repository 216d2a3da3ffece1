// 补充一下 11月24日那天 赵书记 还 和 王磊 部长 签了 责任书 (round 61, gaa; fbe's left-alone: 赵敏 and 王磊 both made the sender's
// counterparts on the card): 补充一下 · 补一句 opening a report only announces it; left in, the doer after it (and a day) was no
// longer the clause's opening subject. Taken off when a day or a titled doer follows, so every reader sees the subject first.
import { CLAUSE_DAY } from './clauseDay.js';

/** 补充一下 · 补充 · 补一句 · 再补充一条 and what follows it, then (looked ahead) a day or a titled person opening the report. */
const OPENING = new RegExp(
  `^[\\s]*(?:再?补充(?:一下|一条|一句|两句)?|补(?:一下|一句|一条))[，,:：。\\s]+(?=(?:${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2})|[\\u4e00-\\u9fa5]{1,3}?(?:同志)?(?:书记|理事长|主任|科长|部长))`,
);

/** `text` with an opening 补充一下 before a day or a titled doer taken off; `text` itself otherwise. */
export function withoutSupplementOpening(text: string): string {
  return text.includes('补') ? text.replace(OPENING, '') : text;
}
