// 「先后与孙杰、我进行了廉政提醒谈话，时间分别是11号和25号」: the days told after the deed, one for each person in order.
/** A list of two or more days (11号和25号, 11月3日、4日、10日). */
const DAY_LIST = String.raw`((?:\d{1,2}月)?\d{1,2}[日号](?:\s*[和、及与]\s*(?:\d{1,2}月)?\d{1,2}[日号])+)(?=[。；;，,\s]|$)`;
/** 先后/分别 与 a list and the deed, then a clause giving the days 分别, in the list's order. */
const DAYS_AFTER = new RegExp(
  String.raw`(?:先后|分别|依次)((?:与|和|同|跟|对)[^，,。；;\n]+?)[，,]\s*(?:时间|日期)?(?:分别|依次)(?:是|为|在|于)?\s*` + DAY_LIST,
  'g',
);
/**
 * 与 a list of two or more people (逐一/分别 after it, or nothing) and the deed, then 时间/日期分别是 the days
 * (我与王建国、刘芳逐一进行了廉政谈话，时间分别是11月3日、4日): the 时间分别 alone says one day each, in order.
 * 同 of 同志/同事/同学 is no preposition.
 */
const LIST_THEN_DAYS = new RegExp(
  String.raw`((?:与|和|跟|对|同(?![志事学]))[\u4e00-\u9fa5]{1,12}?[、和及][^，,。；;\n]+?)[，,]\s*(?:时间|日期)(?:分别|依次)(?:是|为|在|于)?\s*` + DAY_LIST,
  'g',
);

/**
 * 先后与郑华、冯雪开展廉政谈话（11月6日、11月13日） (round 40, t40a F12: each person on each day, four talks for two): the days in
 * brackets right after a 先后/分别/逐一 deed with a list, one for each person in order.
 */
const DAYS_BRACKETED = new RegExp(
  String.raw`(?:先后|分别|依次|逐一)((?:与|和|同|跟|对)[一-龥]{1,12}?[、和及][^，,。；;
（(]+?)[（(]\s*` + DAY_LIST.replace(String.raw`(?=[。；;，,\s]|$)`, '') + String.raw`\s*[）)]`,
  'g',
);

/** 11号和25号 → 11号、25号: the separator the paired day list reads. */
const listed = (days: string): string => days.replace(/\s*[和及与]\s*/g, '、');

/**
 * The text with the days told after a 先后/分别 deed (…，时间分别是11号和25号) put before it (分别于11号、25号与…),
 * the shape whose days and people are paired in order. Told after it, every person was given every day: 徐辉's
 * report made four talks where 何平 had two (round 22, K3); so did 逐一 after the list, or no manner word at all,
 * before 「时间分别是11月3日、4日、10日、11日」 (16 talks for 4, round 30f A21); so in brackets after the deed (DAYS_BRACKETED).
 */
export function withTrailingRespectiveDays(text: string): string {
  return text
    .replace(DAYS_AFTER, (_all, deed: string, days: string) => `分别于${listed(days)}${deed}`)
    .replace(LIST_THEN_DAYS, (_all, deed: string, days: string) => `分别于${listed(days)}${deed}`)
    .replace(DAYS_BRACKETED, (_all, deed: string, days: string) => `分别于${listed(days)}${deed}`);
}
