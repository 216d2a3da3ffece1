// 「跟郑华 冯雪两位部长分别谈了话，一次是2号一次是3号 都是廉政谈话」 (round 48, t51a F2: both talks were put on 2号, the
// type asked though said, and a third talk on 3号 asked 和谁): a 分别/先后/逐一 deed with two or more named people, then as many
// instance days (一次是D1一次是D2 · 一个是D1 一个是D2 · 分别是D1、D2), is one deed per person on their own day, in order.

/** A day as members write an instance's day: 2号 · 11月3日 · 上周三 · 周五. */
const DAY = String.raw`(?:\d{1,2}月)?\d{1,2}[日号]|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]`;
/** What opens one instance's day: 一次是 · 另一次是 · 一个是 · 第二次是 · 头一次是 · 先是 · 后是. */
const OPENER = String.raw`(?:(?:还有|再)?一次是?|另一次是?|一个是|另一个是|第[一二三四五]次是?|头一次是?|先是|后是|再是|然后是)`;
/** The instance days: an opener before each (二 or more), or 分别是/先后是 a list. */
const INSTANCE_DAYS = String.raw`(?:(?:${OPENER}\s*(?:${DAY})\s*[，,、；;]?\s*){2,5}|(?:时间)?(?:分别|先后|依次)(?:是|为|在)\s*(?:${DAY})(?:\s*[、和及与,，]\s*(?:${DAY})){1,4})`;
/** 跟/和/与 a list and the deed (分别/先后/逐一 before or after the list, checked below), then the instance days after a comma or space. */
const DEED_THEN_DAYS = new RegExp(
  String.raw`((?:分别|先后|逐一)?(?:与|和|跟|同(?![志事学])|对)[\u4e00-\u9fa5、\s]{2,24}?[^，,。；;\n]*?)(?:[，,；;]\s*|\s+)(${INSTANCE_DAYS})`,
  'g',
);
const ONE_DAY = new RegExp(DAY, 'g');
/**
 * 和孙丽、王强各谈了一次心，一次是11月5日，一次是11月12日 (round 50 fxb, left alone: both talks on 11月5日, the second
 * asked 和谁 and 11月12日 unmatched): 各 after the list before the deed distributes it as 分别 does.
 */
const EACH = /各(?:自)?(?=(?:谈|签|进行|开展|找|约))/;

/** The directory names said in `list`, in the order written (each once). */
function namesIn(list: string, names: readonly string[]): string[] {
  const found: { name: string; at: number }[] = [];
  for (const name of names) {
    const at = list.indexOf(name);
    if (at >= 0) found.push({ name, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/**
 * `text` with a 分别 deed followed by its instance days (…分别谈了话，一次是2号一次是3号) written with the days before it
 * (分别于2号、3号跟…谈了话), the shape whose days and people the reader pairs in order. Only when the deed names as many
 * people of `names` as days are told; with more or fewer days, the days are left out so the reader asks each deed's day.
 */
export function withPairedInstanceDays(text: string, names: readonly string[]): string {
  return text.replace(DEED_THEN_DAYS, (whole, deed: string, days: string) => {
    const people = namesIn(deed, names);
    const dayList = days.match(ONE_DAY) ?? [];
    if (people.length < 2 || !(/分别|先后|逐一/.test(deed) || EACH.test(deed))) return whole;
    // 三个人两个日子: which day is whose is not said; without the days each talk's day is asked, none put on a guessed day.
    if (people.length !== dayList.length) return `${deed}，`;
    const rest = deed.replace(/^(?:分别|先后|逐一)/, '').replace(/(分别|先后|逐一)/, '').replace(EACH, '');
    return `分别于${dayList.join('、')}${rest}，`;
  });
}
