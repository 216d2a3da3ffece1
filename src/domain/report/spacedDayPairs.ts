// 这周一和王芳 周二和胡军分别廉政谈话 (r47 fse kind 2, voice input or a phone's space for a comma): the first pair's talk was
// dropped (the card showed 胡军 only, with no word of 王芳) or named as unmatched. Each day with its own person or place,
// parted by a space only, is one pair of a list, as 这周一和王芳，周二和胡军 always read (dayTargetPairs).

/** A day said on its own: 周一 · 上周四 · 11月24日 · 24号 · 11.24 · 昨天 (a part of the day may follow). */
const DAY = '(?:(?:上上|上|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天1-7]|\\d{1,2}月\\d{1,2}[日号]?|\\d{1,2}[日号]|\\d{1,2}[./]\\d{1,2}|大?前天|昨天|今天)(?:上午|下午|晚上)?';
/** Turning to someone or going somewhere: what pairs a day with a person or a place. */
const TURN = '(?:和|与|跟|同|找|对|到|去|赴)';
/**
 * A day and its bare person or place (a few words, no deed: 上周四和王强谈心谈话 周五和李娟… is two clauses, left to
 * breakSpacedClauses and the weekday readers), spaces, then the next day turning to someone.
 */
const SPACED_PAIR = new RegExp(`(${DAY}${TURN}(?:(?!谈|聊|签|查|学|看|会|课|教育|开展|进行|组织)[^\\s,;。!?:]){1,12}?)[ \\t]+(?=${DAY}${TURN})`, 'g');

/**
 * `text` with the space between two day–person (or day–place) pairs written as a comma: 周一和王芳 周二和胡军 →
 * 周一和王芳,周二和胡军. A space anywhere else (廉政谈话 今天 李明 · 11.24 11.26) is left as it is.
 */
export function withSpacedDayPairs(text: string): string {
  return text.replace(SPACED_PAIR, '$1,');
}
