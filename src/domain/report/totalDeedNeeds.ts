// What one deed of a counted kind needs before it can be recorded, with an example (round 64 gdb's periodTotalReply wrote it
// for a total of one kind; round 65 ged: the totals of several kinds, and the running figures of several, ask in one reply).
import type { KindTotal } from './periodTotal.js';

/** What each deed of kind `name` (廉政谈话 · 签订责任书/承诺书 · 作风纪律检查 …) needs, with an example of it. */
export function totalDeedNeeds(name: string): string {
  if (name.includes('谈')) return `每次${name}是哪天、和谁谈的，例如「12月1日与孙杰进行了${name}」`;
  if (name.includes('责任书')) return '每份责任书是哪天、和谁签的，例如「12月1日与李明签订了党风廉政建设责任书」';
  if (/检查|督查/.test(name)) return `每次${name}是哪天、到哪个部门，例如「12月1日到财务科开展${name}」`;
  if (/会议/.test(name)) return `每次${name}是哪天开的，例如「12月1日召开${name}」`;
  if (name.includes('党课')) return `每次${name}是哪天、谁讲的，例如「12月1日张伟书记讲授了${name}」`;
  return `每次${name}是哪天、学的什么、多少人参加，例如「12月1日组织${name}，参加12人」`;
}

/**
 * The reply's two lines for totals of several kinds (`totals`, two or more), the message quoted as `quoted` (shortened and
 * escaped by the caller) and called `what` (合计数 · 累计数): each total named, and one request for the deeds of every kind —
 * one question, not one per kind.
 */
export function kindTotalsAsked(quoted: string, what: string, totals: readonly KindTotal[]): string[] {
  const names = [...new Set(totals.map((t) => t.name))];
  return [
    `「${quoted}」是${totals.length}项${what}（${totals.map((t) => t.said).join('、')}），都不是某一次活动，清风没有记录。`,
    `请逐条告诉我每一次活动：${names.map(totalDeedNeeds).join('；')}。也可以发送「填报」逐条填写。`,
  ];
}
