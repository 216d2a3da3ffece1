// 截至11月底 · 截止11月25日 · 到11月20日为止 (round 26, W4: 「截止11月25日，已开展谈心谈话8次」 recorded as one talk on
// 11-25): the day a running figure is counted up to is a cutoff, never the day of a deed.

/** 截至/截止(到)/到 + a day, month end or 目前 (+ 为止/止): the cutoff words of a summary figure. */
const CUTOFF_DAY =
  /(?:截至|截止到?|到)\s*(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}[日号]|底|末|份)?|目前|现在|今天|昨天|本周|上周|本月|月底|年底|当前)\s*(?:为止|止)?/g;

/** `text` without its cutoff words (截至11月25日，共… → ，共…): what is left names no day of a deed unless another is said. */
export function withoutCutoffDay(text: string): string {
  return text.replace(CUTOFF_DAY, '');
}

/** A message or clause that is nothing but punctuation and white space once its summary sentences are out. */
export function leavesNothing(rest: string): boolean {
  return /^[\s,，。；;！!？?:：、]*$/.test(rest);
}
