// 「还有郑华，也是那天谈的」「刚才那条，李娟也签了」: one more person for the record just made (round 20u, fault 6).
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** What a follow-up adding a person says: the name as written, and its day when it names one (undefined: the same day). */
export interface AddedPerson {
  name: string;
  /** YYYY-MM-DD when a day of its own is written (昨天); 那天/当天/同一天 and none leave it undefined. */
  date?: string;
}

const DAY_WORDS = String.raw`(?:那天|当天|同一天|同天|那一天|今天|昨天|前天|上午|下午|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天1-7])`;
/** 刚才忘了说 · 漏说了 · 补充一下： · 对了 (round 22 #33: the type asked again): the addition announced. */
const FORGOT = String.raw`(?:(?:刚才|刚刚)?(?:忘了说了?|忘说了|忘记说了?|漏了|漏说了|落下了|少说了)(?:[一1](?:个|位|人|名))?|(?:另外)?补充(?:一下|一句|说明)?|对了)`;
const ADDED = new RegExp(
  String.raw`^(?:${FORGOT}[,:;\s]*)?(?:(?:刚才|刚刚)(?:那条|那个|那次)?[,;\s]*)?(?:还有|另外|以及|另)?[,;\s]*(?:和|与|跟|同)?([\u4e00-\u9fa5]{2,4}?)(?:同志|部长|科长|主任|书记)?[,;\s]*(?:当时|那时|当场|(${DAY_WORDS}))?也(?:是|都)?(${DAY_WORDS}{0,2})(?:一起|同时)?(?:和他|和她|和我)?(?:谈心谈话|谈话|谈了话|谈了|谈过|谈的|谈|签订了|签了|签的|签过|签|参加了|参加|在场|在)?(?:的|了|过)?(?:[,;\s]*${FORGOT})?$`,
);
/**
 * 还有李娟 · 另外还有胡军同志 (round 53, fkc: 「没看懂」 right after a talk was stored): 还有 before a name and nothing else
 * adds that person as …也谈了 does; a name alone, with no 还有, stays an answer or a new report.
 */
const MORE_NAMED = new RegExp(String.raw`^(?:${FORGOT}[,:;\s]*)?(?:另外)?还有[,;\s]*(?:和|与|跟|同)?([一-龥]{2,3}?)(?:同志|部长|科长|主任|书记)?$`);

/**
 * The person a short follow-up adds to the record just made, or undefined when `text` is something else. It must say
 * 也 (还有…也, …也签了): a name alone is an answer or a new report. `today` is YYYY-MM-DD in Shanghai.
 */
export function addedPerson(text: string, today: string): AddedPerson | undefined {
  const t = arabicizeNumerals(normalizeText(text).trim().replace(/[。.!！~]+$/, ''));
  const more = MORE_NAMED.exec(t);
  if (more) return { name: more[1]! };
  const m = ADDED.exec(t);
  if (!m) return undefined;
  const name = m[1]!;
  // 也是… with a real day: that day, when it is one the parser reads (那天 and the like mean the record's own).
  // 王强昨天也谈了: the day before 也 as well as after it (也是昨天).
  const day = m[3] || m[2];
  const said = day && !/^(?:那天|当天|同一天|同天|那一天)$/.test(day) ? parseDay(day, today).date : undefined;
  return { name, ...(said !== undefined ? { date: said } : {}) };
}
