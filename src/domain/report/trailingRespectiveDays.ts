// 「先后与孙杰、我进行了廉政提醒谈话，时间分别是11号和25号」: the days told after the deed, one for each person in order.
/** 先后/分别 与 a list and the deed, then a clause giving the days 分别, in the list's order. */
const DAYS_AFTER = /(?:先后|分别|依次)((?:与|和|同|跟|对)[^，,。；;\n]+?)[，,]\s*(?:时间|日期)?(?:分别|依次)(?:是|为|在|于)?\s*((?:\d{1,2}月)?\d{1,2}[日号](?:\s*[和、及与]\s*(?:\d{1,2}月)?\d{1,2}[日号])+)(?=[。；;，,\s]|$)/g;

/**
 * The text with the days told after a 先后/分别 deed (…，时间分别是11号和25号) put before it (分别于11号、25号与…),
 * the shape whose days and people are paired in order. Told after it, every person was given every day: 徐辉's
 * report made four talks where 何平 had two (round 22, K3).
 */
export function withTrailingRespectiveDays(text: string): string {
  return text.replace(DAYS_AFTER, (_all, deed: string, days: string) => `分别于${days.replace(/\s*[和及与]\s*/g, '、')}${deed}`);
}
