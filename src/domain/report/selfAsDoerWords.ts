// 「第2条不对，是我带队去的，不是陈副理事长」: 我带队去的 names the member correcting as the one who did it.

/**
 * 我 (我本人 · 本人), perhaps 自己/亲自, then the doing (带队/带领/牵头/组织/主持/主讲) or 去/讲/谈/查/做/报 + 的, and a few words
 * at most. 报 · 报送 · 上报 · 发 · 写 · 交 (round 68, ghi; t71a F3: 李娟's 「是我报的，不是孙科长」 on the card of her 科室's papers got
 * 「没有在通讯录或活动类型里找到「孙科长」「我报的」」): the member sent the paper herself; 自己 may follow 我.
 */
const SELF_DOING = /^(?:是)?(?:我|我本人|本人)(?:自己)?(?:亲自)?(?:带队|带领|牵头|组织|主持|主讲|讲授|(?:去|讲|谈|查|做|办|签|报送|上报|报|送|发|写|交|提交)(?:的|了))[\u4e00-\u9fa5]{0,4}$/;

/**
 * Whether `words` (one side of a correction's 不是X，是Y) say the member themself did it: 我带队去的 · 是我组织的 · 我主持的.
 * Round 34a (F4): the correction was answered 「没有在通讯录或活动类型里找到「我带队去的」」. A phrase naming anyone else
 * (我和王强去的) is not this: only those doing words and up to four characters after them.
 */
export function namesSelfAsDoer(words: string): boolean {
  return SELF_DOING.test(words.trim().replace(/[。.!！]+$/, ''));
}
