// 「上周分别找王磊和何平谈了话，周一王磊周三何平」: a closing clause of day–person pairs, each person's own day (n25: read as
// 王磊 talking with 何平 on the day of the message). Written as one clause per person, the shape read in order.
import { namesKey } from './directoryNames.js';
import { guardedAlternation } from './guardedAlternation.js';
import { alternation } from './parseDirectoryIndex.js';
import { monthFrameBefore } from './monthFrameBefore.js';

/** A weekday (上周一 · 星期三 · 周日) or a day of the month (11月23日 · 25号). */
const DAY = '(?:(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])';
/** The week said before the deed (上周分别找…), which the bare weekdays after it are in. */
const WEEK = '(?<![上本这个])((?:上上|上|本|这)个?(?:周|星期|礼拜))?';

/** Every day in a text. */
const DAYS = new RegExp(DAY, 'g');

/** The two list patterns and one name (global) of a set of names. */
interface Patterns {
  lists: RegExp[];
  one: RegExp;
}

const cache = new Map<string, Patterns>();

/**
 * The deed with its people, then day-first or person-first pairs, each pair list a whole clause of two pairs or more;
 * and any one of the names (issue 14, p31: was compiled per message). Built once per set of names.
 */
function patterns(names: readonly string[]): Patterns {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = `(?:${guardedAlternation(names)})(?:同志)?`;
  const people = `${name}(?:\\s*[、,，和与及跟]\\s*${name}){1,7}`;
  const deed = `((?:[^，,。；;！!\\n]*?)(?:谈|聊|签)[^，,。；;！!\\n]*)`;
  const lead = `${WEEK}(?:分别|先后|依次|各自)?(找|和|与|同|跟)(${people})${deed}[，,]\\s*`;
  const dayFirst = `${DAY}\\s*(?:和|与|跟|找|是)?\\s*${name}`;
  const nameFirst = `${name}\\s*(?:是|在)?\\s*${DAY}`;
  const list = (pair: string) => new RegExp(`${lead}((?:${pair})(?:\\s*[，,、]?\\s*(?:${pair})){1,7})(?=\\s*(?:[。；;！!，,\\n]|$))`, 'g');
  const made = { lists: [list(dayFirst), list(nameFirst)], one: new RegExp(`(?:${alternation([...names])})`, 'g') };
  cache.set(key, made);
  return made;
}

/**
 * `text` with a deed done with several people followed by a clause pairing each with a day (上周分别找王磊和何平谈了话，
 * 周一王磊周三何平 · …，王磊周一、何平周三) written as one clause per person on their day (上周一找王磊谈了话，上周三找何平
 * 谈了话), when the pairs name exactly the deed's people, each once; `text` itself otherwise. A bare weekday takes the
 * week said before the deed, a bare day of the month the month said before it (10月我分别和刘芳、陈志强谈心，刘芳是3号…, round
 * 46 frg K1: stored on this month's 3rd). `names`: the directory's names (names run together are split by them); `today`:
 * YYYY-MM-DD, Asia/Shanghai.
 */
export function withDayNamePairs(text: string, names: readonly string[], today: string): string {
  if (!/(谈|聊|签)/.test(text)) return text;
  // Two pairs or more, each with its day, and no DAY match can hold two days (each ends at its one 日/号/weekday): with
  // fewer than two days neither pattern can match, so neither is compiled for such a message. Their machine code was
  // 0.51 MiB each at 1,000 people, paid at idle by the warm-up's one-day talk (issue 14, p31).
  if ((text.match(DAYS) ?? []).length < 2) return text;
  const { lists, one } = patterns(names);
  let out = text;
  for (const re of lists) {
    out = out.replace(re, (...m: string[]) => {
      const [whole, week, verb, listed, deed, pairs] = m as [string, string | undefined, string, string, string, string];
      const offset = m[m.length - 2] as unknown as number;
      const inDeed: string[] = listed.match(one) ?? [];
      const people: string[] = pairs.match(one) ?? [];
      const days: string[] = pairs.match(DAYS) ?? [];
      const same = people.length === inDeed.length && new Set(people).size === people.length && inDeed.every((p) => people.includes(p));
      if (!same || days.length !== people.length) return whole;
      // 上上个星期 + 星期一 → 上上星期一: the week's 上/本/这 before the weekday.
      const inWeek = (d: string) => (week && /^(?:周|星期|礼拜)/.test(d) ? `${week.replace(/个?(?:周|星期|礼拜)$/, '')}${d}` : d);
      // Today's month is left to the day readers: a day of it still ahead (本月…9号 on the 5th) written as 12月9号 here would
      // read as a plan and go unrecorded without a word.
      const said = monthFrameBefore(out.slice(0, offset), today);
      const month = said === Number(today.slice(5, 7)) ? undefined : said;
      const inMonth = (d: string) => (month !== undefined && /^\d{1,2}[日号]$/.test(d) ? `${month}月${d}` : d);
      return days.map((d, i) => `${inMonth(inWeek(d))}${verb}${people[i]}${deed}`).join('，');
    });
  }
  return out;
}
