// 胡军「上周三、前天，黄书记分两次带队对康复中心、财务科开展作风纪律检查。」 (round 36a F9: the doer asked, 前天 asked as if
// unwritten, both places on both checks and the second check given to the clerk): days listed (dates or relative days, 上周三、
// 前天 · 周一和昨天), then a doer perhaps, 分两次/先后/分别, and as many places: one occasion per day, the places paired with
// the days in order, and the doer of the sentence holds every occasion. Each pair is written out as a sentence of its own,
// read as a single one is.

import { toSimplified } from './toSimplified.js';

/** One day as members list them: a date, a weekday (of last week perhaps), or a relative day. */
const DAY = '(?:(?:\\d{1,2}月)?\\d{1,2}[日号]|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天)';
/** A department or place as written in a list (办公室 · 财务科 · 康复中心 · 组联部). */
const PLACE = '[\\u4e00-\\u9fa5]{2,10}?(?:部|科|室|中心|站|所|办)';
/** How the occasions are told: 分两次 · 先后两次 · 先后 · 分别. Group: the number, when said. */
const OCCASIONS = '(?:分|先后)([两二三四五2-5])次|先后|分别';
/**
 * Days, a doer of up to 8 characters (黄书记 · 黄志刚书记 · 纪委), the occasions, a lead-in (带队 · 带领纪检干部), 对/到/赴,
 * the places, and what was done there to the clause's end.
 */
const COUNTED = new RegExp(
  `(^|[\\n;；。:：])(\\s*)(${DAY}(?:\\s*[、,，和及与]\\s*${DAY}){1,4})(\\s*[,，]?\\s*)([\\u4e00-\\u9fa5]{0,8}?)(?:${OCCASIONS})((?:带队|带领[^,，;；。对到赴]{0,8})?\\s*(?:对|到|赴|深入))\\s*(${PLACE}(?:\\s*[、和及]\\s*${PLACE}){0,4})([^,，;；。\\n]*)`,
  'g',
);
const NUMBER: Record<string, number> = { 两: 2, 二: 2, 三: 3, 2: 2, 3: 3, 4: 4, 5: 5 };

/**
 * `text` (as written, or normalised: ，→`,`, ；→`;`) with each run of days told as so many occasions at as many places
 * (上周三、前天,黄书记分两次带队对康复中心、财务科开展作风纪律检查) written out one sentence per pair (上周三，黄书记带队对康复中心
 * 开展作风纪律检查；前天，黄书记带队对财务科开展作风纪律检查). Days, places and a number said must all agree, else the text is
 * left as it is (the readers after ask what they cannot pair).
 */
export function withCountedDayPlaces(text: string): string {
  // 黃書記分兩次帶隊對…: read in simplified characters, as normalizeText (a later pass) would give them.
  const plain = toSimplified(text);
  const out = plain.replace(COUNTED, (all, start: string, space: string, dayList: string, gap: string, doer: string, count: string | undefined, lead: string, placeList: string, what: string) => {
    // 10月28日、5日: a day left without its month is in the month of the day before it, written out so it stays there.
    let month = '';
    const days = dayList.split(/\s*[、,，和及与]\s*/).map((day) => {
      month = /^(\d{1,2})月/.exec(day)?.[1] ?? month;
      return /^\d{1,2}[日号]$/.test(day) && month !== '' ? `${month}月${day}` : day;
    });
    const places = placeList.split(/\s*[、和及]\s*/);
    // One place for all the days (分两次到康复中心检查) is each occasion's place; with 分别/先后 alone the readers after pair
    // it (and ask a place written loosely once, for all the days).
    if ((places.length > 1 ? days.length !== places.length : count === undefined) || (count !== undefined && NUMBER[count] !== days.length)) return all;
    // 对康复中心、财务科的考勤 is fine; a place list going on as a department's people (财务科的负责人) is no list of places.
    if (/^的?(?:负责人|同志|干部|职工|人员|主任|科长|部长)/.test(what)) return all;
    // Passes before normalizeText see the member's own punctuation: write the sentences apart as they wrote them.
    const comma = gap.trim();
    return start + space + days.map((day, i) => `${day}${comma}${doer}${lead}${places[i] ?? places[0]}${what}`).join('；');
  });
  return out === plain ? text : out;
}
