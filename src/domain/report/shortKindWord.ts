// 「维权部那次算专项检查吧」 · 「…改成专项检查」 (round 62, gbj; t65a B-F3: 没看懂, or 「没有在通讯录里找到「专项检查」」 — a kind
// looked up as a name): 专项检查 is how staff shorten 专项资金检查, the one 专项 check the house keeps. Only in a correction's
// right value (after 改成 · 改为 · 算 · 是), never in a report, where 开展专项检查 is read by the older readers.

/** 改成专项检查 · 算专项检查吧 · 应该是专项检查: the short kind word as the right value, not 专项检查组 or 专项资金检查. */
const SHORT_AFTER_CHANGE_WORD = /(改成|改为|算是|算作|算|应该是|其实是|是)专项检查(?![\u4e00-\u9fa5]*?(?:组|工作|方案|通知))/g;

/** `text` with a correction's 专项检查 written whole (专项资金检查); `text` itself when it has none. Pure. */
export function withShortKindWhole(text: string): string {
  return text.replace(SHORT_AFTER_CHANGE_WORD, '$1专项资金检查');
}
