// 日期不对 · 时间也写错了 · 搞错了 · 更正一下 · 纠正一下 · 不对: a clause that only says something is wrong or is being put
// right, before the change itself (t47b F6: 「日期不对，是本周三不是周二」 没看懂 while 「是本周三不是周二」 worked).

/** A field of a record named as wrong: 日期 · 谈话时间 · 对象 · 类型 · 题目 · 人数 (负责人 · 带队人 · 主讲人: round 65, gei, t68a B2). */
const FIELD = '(?:(?:谈话|活动|会议|学习|检查)?的?(?:日期|时间|日子|对象|谈话对象|活动人|负责人|带队人|主讲人|类型|类别|题目|片名|标题|人数|参加人数|人))';

/** The lead-in clause, whole. */
export const LEAD_IN = new RegExp(
  `^(?:(?:哦|啊|哎呀|哎|呃|嗯)?(?:${FIELD}?(?:也|又|都)?(?:写|填|报|记|搞|弄|说|打)?(?:错了?|不对|有误|有问题)(?:了)?|(?:我)?(?:再)?(?:更正|纠正|订正|修正|改)(?:一下|下)?))$`,
);

/**
 * `text` (normalised) without the lead-in clauses it opens with (更正一下，第2条人数是8人 → 第2条人数是8人), or undefined
 * when it opens with none or is nothing else.
 */
export function withoutLeadIn(text: string): string | undefined {
  let rest = text.trim();
  for (;;) {
    const m = /^([^,;。:]+)[,;。:]+/.exec(rest);
    if (!m || !LEAD_IN.test(m[1]!.trim())) break;
    rest = rest.slice(m[0].length).trim();
  }
  return rest !== text.trim() && rest !== '' ? rest : undefined;
}
