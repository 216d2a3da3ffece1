// 「教育就业部与维权部联合开展作风纪律检查，11月17日对两个部门的考勤和公车使用情况进行了抽查，两部门共5人参加。」 (round 50 fxb,
// left alone; t52b F8's message): a THIRD check of no department stood beside the two joint ones. The clause after the
// undated check that turns back to the same units (对两个部门的… · 抽查了两部门的… · 对上述科室…) tells that check's day and what
// it looked at, not another deed: its day is the check's, written before it as in 「11月17日教育就业部与维权部联合开展…」.

/** A day as the clause opens with it: 11月17日 · 17日 · 17号 · 上周三 · 昨天. */
const DAY = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|[今昨前]天)';
/** The undated check (…联合开展作风纪律检查), at the start of a sentence, then the day and a clause turning back to its units. */
const RESTATED = new RegExp(
  `(^|[。！!？?；;\\n])([^，,。；;！!？?\\n\\d]{2,40}?(?:开展|进行|组织|组织开展)了?[^，,。；;！!？?\\n\\d]{0,12}?(?:检查|督查|巡查))[，,]\\s*(${DAY})[，,]?\\s*(?=(?:对|抽查了?|检查了?|重点检查了?|查看了?)(?:两个|两|三个|三|这两个|这几个|各|上述|以上)(?:部门|科室|单位))`,
  'g',
);

/**
 * `text` with the day opening a clause that turns back to the units of the undated check before it (…联合开展作风纪律检查，
 * 11月17日对两个部门的…进行了抽查) moved before that check (11月17日…联合开展作风纪律检查，对两个部门的…进行了抽查), so the
 * clause is read as the check's subject, not a check of its own. Unchanged otherwise.
 */
export function withDayOfJointCheck(text: string): string {
  return text.replace(RESTATED, (_whole, before: string, check: string, day: string) => `${before}${day}${check}，`);
}
