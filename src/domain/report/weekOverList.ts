// 上周分别于周一、周三到财务科、组联部检查 · 上个星期的星期二、星期四分别与… · 上周周一、周四分别对… (round 26, W3: 周一 read
// as THIS week's Monday, the two checks a week apart): a week word said once before a list of weekdays scopes every
// weekday in the list, so each is spelled with it (上周一、上周三) before the days are read.

/** A weekday written with its own word: 周一 · 星期三 · 礼拜五. */
const WEEKDAY = /(?:周|星期|礼拜)[一二三四五六日天]/;
/**
 * The week word with no weekday of its own (上周 · 上个星期 · 本周), a few joining words (分别于 · 的 · ，), then two or more
 * weekdays each with its word, joined by 、 和 及 与 ，.
 */
const WEEK_OVER_LIST = new RegExp(
  `((?:上上|上|本|这|下)个?(?:周|星期|礼拜))(?![一二三四五六日天])((?:\\s*(?:分别|的|于|在|是|我们|我|本人|,|，))*\\s*)(${WEEKDAY.source}(?:\\s*(?:、|和|及|与|,|，)\\s*${WEEKDAY.source})+)`,
  'g',
);

/**
 * `text` with each weekday of such a list spelled with the week said before it (上周分别于周一、周三 → 分别于上周一、上周三);
 * `text` itself when there is none. A weekday already with a week of its own (本周三) is not in a list of this kind.
 */
export function withWeekOverList(text: string): string {
  return text.replace(WEEK_OVER_LIST, (_whole, week: string, joiner: string, list: string) => {
    const stem = week.replace(/(?:周|星期|礼拜)$/, '');
    const spelled = list.replace(/(?:周|星期|礼拜)([一二三四五六日天])/g, (_w, d: string) => `${stem}周${d}`);
    return `${joiner.replace(/^\s*的\s*/, '')}${spelled}`;
  });
}
