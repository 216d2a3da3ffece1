// 「签错人了，是李娟」「那个签错了，实际是和李娟签的」「片名打错了，应该是警钟长鸣2」「那条有误，应该是李娟」 (round 68, ghk; t71b:
// 没看懂, or 「承诺书那条签错了 应该是李娟」 a NEW signing asked its day, while 「对象写错了，是李娟」「题目写错了，应该是…」 were read):
// a slip owned with any verb of the deed or the writing (签错 · 打错 · 填错 · 记错 · 报错 · 输错 · 弄错 · 搞错 · 录错 · 选错 · 发错 ·
// 说错 · 谈错人), or 有误/不准确 after a record pointed at, is the same slip as 写错了. This is the one list of those verbs: the
// message is put in the 写错了 wording every correction reader already reads, and read again so; nothing here decides which
// record is meant or what it becomes.

/** The verbs a slip is owned with (写错 itself is the wording the others are put in). 谈 only with 人: 谈错了 alone is a talk gone badly. */
export const SLIP_VERB = '(?:签|打|填|记|报|输|弄|搞|录|选|发|说|写)';

/** What the slip was about when said after 错: the person (对象), the day, or only the name's spelling. */
const WHO = '(?:人|对象)';
const DAY = '(?:日子|日期|时间|天)';
const NAME = '(?:名字|字)';

/** The value said after the slip (应该是 · 实际是 · 其实是 · 是 · 不是 · 改成): only then is the slip a correction to read. */
const VALUE_AFTER = '(?=[,，;；。:：\\s]*(?:应该|应为|应当|实际|其实|是|不是|改成|改为|换成))';

const SLIPS: readonly [RegExp, string][] = [
  // 签错人了 · 谈错对象了 → 对象写错了 (a 对象 said before it is kept once).
  [new RegExp(`(?:对象)?(?:${SLIP_VERB}|谈)错${WHO}了?${VALUE_AFTER}`, 'g'), '对象写错了'],
  // 记错日子了 · 填错时间了 → 日期写错了.
  [new RegExp(`(?:日期|时间)?${SLIP_VERB}错${DAY}了?${VALUE_AFTER}`, 'g'), '日期写错了'],
  // 打错名字了 · 打错字了 · 片名打错了 · 那个签错了 → 写错了.
  [new RegExp(`${SLIP_VERB}错(?:${NAME})?了?${VALUE_AFTER}`, 'g'), '写错了'],
  // 那条有误 · 这个记录不准确 · 承诺书那条有错: after a record pointed at (a field before 有误 is read already).
  [new RegExp(`((?:那|这)一?(?:条|个|次)(?:记录)?)(?:有误|不准确|有错|有问题)${VALUE_AFTER}`, 'g'), '$1写错了'],
];

/**
 * `text` with each slip owned by another verb put as 写错了 (对象写错了 for 签错人了, 日期写错了 for 记错日子了), when a value
 * follows it; `text` itself when it holds none. 写错了 stays as it is, so the result is a fixed point. A bare 谈错了 (the
 * talk went badly), 错了 alone, and 错 inside a title (《错》) are never touched.
 */
export function slipAsWritten(text: string): string {
  return SLIPS.reduce((t, [re, put]) => t.replace(re, put), text);
}
