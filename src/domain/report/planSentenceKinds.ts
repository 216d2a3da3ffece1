// 11月27日向党组书面报告了…。12月份，配合做好述责述廉工作。 (round 21u, 21 and P6): a type named only in a later plan
// sentence typed the done one — stored at once as 述责述廉.

/** A sentence that speaks of what is still to come. */
const PLAN = /^(?:\s*(?:下一步|下步|下月|下周|今后|接下来|\d{1,2}月份?[，,]?\s*(?:拟|将|计划|准备|配合|继续|做好|抓好))|[^。]{0,12}(?:拟|将要|计划|准备|配合做好))/;

/**
 * `matches` without those in a plan sentence after the first sentence, so long as some match is left: a plan sentence never
 * types a deed said before it.
 */
export function withoutPlanSentenceKinds<T extends { start: number }>(matches: T[], text: string): T[] {
  const starts: number[] = [];
  for (let i = text.indexOf('。'); i >= 0 && i < text.length - 1; i = text.indexOf('。', i + 1)) {
    if (PLAN.test(text.slice(i + 1))) starts.push(i + 1);
  }
  if (starts.length === 0) return matches;
  const first = starts[0]!;
  const kept = matches.filter((m) => m.start < first);
  return kept.length > 0 ? kept : matches;
}
