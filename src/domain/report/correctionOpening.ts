// 「不对不对，是谈心」「哦不对，是前天」「刚才说错了，…」「更正：…」: a doubled or padded opening of a correction, read
// as the single 「不对，」 the correction readers know (round 23 F4: read as a new report, the stored record left wrong).

/** Sounds before the opening that say nothing: 哦 · 啊 · 哎呀 · 呃 · 嗯. */
const FILLER = '(?:哦|噢|喔|哟|啊|哎呀|哎|唉|呃|嗯|额|诶|欸|呀)';
/** 说错了 · 搞错了 · 写错了 · 发错了 · 输错了: a slip in what was said, typed or sent, owned by its verb. */
const VERB_SLIP = '(?:说|搞|弄|写|记|报|填|打|讲|发|输)错了';
/** The words that own a slip: 不对 · 不是 · 错了 · 搞错了 · 说错了. */
const SLIP = `(?:不对|不是|错了|${VERB_SLIP})`;
/**
 * 不对不对 · 不是不是，不对 · 错了错了: the same owning said twice or more. A repeat must end there (a mark or another
 * owning follows): 「不对，不是王强，是李娟」 keeps its 不是, which says what was wrong.
 */
const DOUBLED = new RegExp(`^${FILLER}?[,;。!\\s]*${SLIP}(?:[,;。!\\s]*${SLIP}(?=[,;。!\\s]|${SLIP}|$))+[,;。!\\s]*`);
/** 哦不对 · 啊，错了 · 哎呀搞错了: one owning after a sound. */
const PADDED = new RegExp(`^${FILLER}+[,;。!\\s]*(?:不对|错了|${VERB_SLIP})[,;。!\\s]*`);
/**
 * 刚才说错了 · 我刚刚写错了 · 搞错了 · 写错了 · 发错了 (no 那条: a pointed slip is ownedSlip's): the slip owned, nothing pointed.
 */
const SAID_WRONG = new RegExp(`^(?:我)?(?:刚才|刚刚|刚)?${VERB_SLIP}[,;。!\\s]*`);
/** 更正： · 更正一下 · 纠正一下， · 订正： · 修正一下: a correction announced. */
const ANNOUNCED = /^(?:我)?(?:更正|纠正|订正|修正)(?:一下|下)?[:,;。!\s]+/;

/**
 * 不对，日期是前天 · 不对，类型应该是谈心谈话 · 不对，对象是李娟 (round 56, the merge; t59a F8's 「刚才发错了，对象是李娟，不是王强」:
 * the record looked for by the name 「对象」): the field named after the opening says no more than 「不对，是…」.
 */
const FIELD_NAMED = /^不对,(?:日期|时间|日子|类型|类别|活动类型|对象|谈话对象)(?:应该?是|应为|改为|改成|是)/;

/**
 * `text` (normalised) with a doubled, padded or announced opening rewritten as 「不对,」, or undefined when it has none.
 * The caller reads the result as any 「不对，…」 correction and keeps the message as written when that fails.
 */
export function withOneOpening(text: string): string | undefined {
  const t = text.trim();
  for (const re of [DOUBLED, PADDED, SAID_WRONG, ANNOUNCED]) {
    const m = re.exec(t);
    if (m && m[0].length < t.length) return withoutFieldWord(`不对,${t.slice(m[0].length)}`);
  }
  const single = withoutFieldWord(t.replace(/^不对[,;。!\s]*/, '不对,'));
  return single.startsWith('不对,') && single !== t.replace(/^不对[,;。!\s]*/, '不对,') ? single : undefined;
}

/** 「不对,日期是前天」 as 「不对,是前天」. */
function withoutFieldWord(t: string): string {
  const m = FIELD_NAMED.exec(t);
  return m ? `不对,是${t.slice(m[0].length)}` : t;
}
