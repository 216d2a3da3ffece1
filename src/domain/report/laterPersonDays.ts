// 和王建国的廉政谈话是昨天，和刘芳是前天 · 跟周涛的廉政谈话在11月20日，跟吴静在11月23日 (round 27b: both talks on the first
// day, on a card that only named the second day as left over): after a talk said with its day (和X的…是D), a clause of
// another person and their own day (和Y(的)是D2) is a talk with Y on D2. Written as 「，D2和Y」, the elided clause the
// reader already takes with the type said before (昨天和王建国廉政谈话，前天和刘芳).

/** A day as members write one after 是/在: 昨天 · 上周五 · 11月20日 · 20号 · 11.20. */
const DAY = String.raw`(?:今天|昨天|前天|大前天|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}\.\d{1,2})`;
/** The first clause: 和X的<deed>是/在 <day>. */
const FIRST = new RegExp(String.raw`(?:和|跟|与|同)[\u4e00-\u9fa5]{2,4}?的[^，,。；;]{2,12}?(?:是|在|为)${DAY}`);
/** A later clause: ，和Y(的)是/在 <day> — nothing else in it. */
const LATER = new RegExp(String.raw`([，,；;])(和|跟|与|同)([\u4e00-\u9fa5]{2,4}?)(?:的)?(?:是|在|为)(${DAY})(?=$|[，,。；;])`, 'g');

/**
 * 11月24日和王建国进行了廉政谈话，刘芳是26号 (round 59, fcf; fdb's finding: 刘芳 put on 11-24 on the card): a clause opening with
 * a day, then a person met with (和/与/跟/同 X), is a dated deed; a later 「，Y是D2」 (or 和Y是D2 · Y同志是D2谈的) is the same deed
 * with Y on D2.
 */
const DATED_FIRST = new RegExp(String.raw`(?:^|[，,。；;
])\s*${DAY}(?:上午|下午|晚上)?[^，,。；;
]{0,8}?(?:和|跟|与|同)[一-龥]{2,4}[^，,。；;
]*?(?:谈|签|了)`);
/** A later clause: ，(和)Y(同志 · 部长…)是/在 D2(谈的)? — nothing else in it; a voice space after the deed (…谈话 刘芳是26号) parts it too. */
const LATER_NAMED = new RegExp(String.raw`([，,；;]\s*|(?<=[了话书])\s+)(?:和|跟|与|同)?([一-龥]{2,4}?)(?:同志|副?(?:部长|科长|主任|书记|理事长))?(?:是|在)(${DAY})(?:谈的|签的|进行的|谈|签)?(?=$|[，,。；;])`, 'g');
/** 还有一次是D2和Y · 另一次是D2与Y: another occasion with its own day, the same deed with Y on D2. */
const OTHER_OCCASION_DAY = new RegExp(String.raw`([，,；;]\s*)(?:还有|另外还有|另有)?(?:一次|另一次|一回)(?:是|在)(${DAY})(和|跟|与|同)([一-龥]{2,4}?)(?=$|[，,。；;]|谈|签|进行)`, 'g');

/**
 * `text` with each later 「，Y是D2」 or 「，还有一次是D2和Y」 after a dated first clause 「D1和X…」 written 「，D2和Y」, Y a
 * name of `names`. Unchanged when the message has no such first clause or no such later one.
 */
export function withLaterNamedDays(text: string, names: readonly string[]): string {
  if (!text.includes('是') && !text.includes('在')) return text;
  const first = DATED_FIRST.exec(text);
  if (!first) return text;
  const head = text.slice(0, first.index + first[0].length);
  const tail = text
    .slice(head.length)
    // 11月6号与张颖、赵磊谈心谈话，张颖是11月6号 (round 31g's row): one already met in the first clause is restated, no new deed.
    .replace(LATER_NAMED, (whole, sep: string, name: string, day: string) => (names.includes(name) && !head.includes(name) ? `${sep}${day}和${name}` : whole))
    .replace(OTHER_OCCASION_DAY, (whole, sep: string, day: string, word: string, name: string) => (names.includes(name) ? `${sep}${day}${word}${name}` : whole));
  return head + tail;
}

/**
 * `text` with each later 「，和Y(的)是D2」 after a first 「和X的…是D1」 written 「，D2和Y」, Y a name of `names` (the
 * directory's people). Unchanged when the message has no such first clause or no such later one.
 */
export function withLaterPersonDays(text: string, names: readonly string[]): string {
  const first = FIRST.exec(text);
  if (!first) return text;
  const head = text.slice(0, first.index + first[0].length);
  const tail = text
    .slice(head.length)
    .replace(LATER, (whole, sep: string, word: string, name: string, day: string) => (names.includes(name) ? `${sep}${day}${word}${name}` : whole));
  return head + tail;
}
