// Round 64, gdi (t67a P3): on the card of a check whose unit was read wrong, 「不对，被检查的是宣文部」 was answered
// 「这条消息没有记录」, and 「黄志刚带队，查的是宣文部」 took the leader and silently ignored the unit. The words that name
// the unit a check looked at — 被检查的是X · 查的是X · 检查对象是X · 受检单位是X · 地点是X — are the record's department,
// said as the card's own reader takes it (第N条部门改成X). Gated on the phrase family and on a check on the card.
import type { PendingItem } from './followUp.js';

/** 不对，被检查的是宣文部 · 查的是宣文部 · 检查对象是宣文部 · 地点是宣文部: group 1 the unit's words. */
const CHECKED_UNIT =
  /^(?:(?:不对|错了|说错了|搞错了|更正)[,，\s]*)?(?:其实|实际上?|应该)?(?:被检查的|被查的|检查的|查的|检查对象|被检查对象|被检查单位|受检单位|检查地点|检查的地点|地点)(?:单位|部门|科室)?(?:应该)?(?:是|为|在)([\u4e00-\u9fa5]{2,10}?)(?:的)?[。.!！]?$/;

/**
 * `text` as the department change the card's reader takes (部门改成X · 第N条部门改成X) when it names the unit a check
 * looked at and the card holds one check (or the text is not about a check: undefined). Several checks on the card: the
 * change without a number, which the reader asks about.
 */
export function checkedUnitWords(text: string, items: readonly PendingItem[]): string | undefined {
  const m = CHECKED_UNIT.exec(text.trim());
  if (!m) return undefined;
  const checks = items.flatMap((i, n) => (i.draft.type?.startsWith('inspect_') === true ? [n] : []));
  if (checks.length === 0) return undefined;
  return checks.length === 1 && items.length > 1 ? `第${checks[0]! + 1}条部门改成${m[1]!}` : `部门改成${m[1]!}`;
}
