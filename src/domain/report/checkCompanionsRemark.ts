// t45a F6 (round 44): 「昨天跟孙科长一起去康复中心查了专项资金使用情况」 was stored as 孙丽's check with the sender's own part
// neither kept nor named, and a 检查人 cell 「黄志刚、林晓」 kept only the first. A check done by two is one check (completion
// counts checks, not people): the doer keeps it, and those who went along are named on the card.
import type { ParseContext } from './draft.js';

/**
 * The card's words for those who went on a check with its doer (`ids`, the sender written 您本人): 「同行：林晓（同一次检查，未另记）」 — 同行 whether they checked alongside or
 * received the check at their own unit (王磊部长陪同我到宣文部…).
 */
export function checkCompanionsRemark(ids: readonly string[], ctx: ParseContext): string {
  const names = [...new Set(ids)].map((id) => (id === ctx.senderId ? '您本人' : ctx.directory.person(id)?.name ?? id));
  return `同行：${names.join('、')}（同一次检查，未另记）`;
}
