// 「不对，是昨天谈的」「应该是前天签的」「是11月28号开的会」 (round 20, fault 5: 没看懂 where 「不对，是昨天」 worked):
// the verb a correction's value is closed with says nothing the value does not; it is read as the bare value.

/** 谈的 · 签的 · 开的会 · 学的 · 搞的 · 去的 · 的 · 才对 · 吧, in any order at the end, with a full stop (去的: round 67, gga; t69b 不对，是上周五去的). */
const DEED_TAIL = /(?:(?:[谈签开学搞讲看查办聊做报交去]了?)?的(?:话|会|心|课|书|片)?|才对|吧|呢|啊|呀|[。.!！\s])+$/;

/** Words that open a correction: what the tail may close (a report's 「…谈的」 is left as written). */
const OPENER = /^(?:(?:刚才|刚刚|上一条|上条)[^,;。\s]{0,8}?)?(?:不对|错了|说错了|搞错了|弄错了|写错了|记错了|有误|(?:日期|时间|日子)[^,;。\s]{0,3}?(?:错了?|不对|有误))?[,;。\s]*(?:应该?是|应为|应当是|其实是|实际是|是)/;

/**
 * `text` (normalised) without the verb that closes its corrected value (「不对，是昨天谈的」 → 「不对，是昨天」), or `text`
 * unchanged when it opens no correction or has no such tail. A bare 「应该是…」 opener is given 「不对，」 so it reads as one.
 */
export function withoutDeedTail(text: string): string {
  const t = text.trim();
  if (!OPENER.test(t)) return text;
  const tail = DEED_TAIL.exec(t);
  const cut = tail ? t.slice(0, tail.index) : t;
  if (cut === t && !/^(?:应该?是|应为|应当是|其实是|实际是)/.test(t)) return text;
  // 「是的」 or a lone opener keeps nothing to read: no correction.
  if (OPENER.exec(cut)?.[0].length === cut.length) return text;
  return /^(?:应该?是|应为|应当是|其实是|实际是)/.test(cut) ? `不对,${cut}` : cut;
}

/** Whether `rest` (what follows a corrected day) is nothing but such a closing verb or word (谈的 · 签的吧 · 才对). */
export function isDeedTail(rest: string): boolean {
  const r = rest.replace(/[\s\u0000,;]/g, '');
  return r === '' || DEED_TAIL.exec(r)?.index === 0;
}
