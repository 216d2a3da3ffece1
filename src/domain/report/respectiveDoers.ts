// 今天我和陈志强分别与周涛、郑华进行了廉政谈话 · 昨天我和吴静分别组织本部门观看警示教育片 (round 25b §5): two doers, each
// their own item. Read as one deed of the sender, X became a talked-to or X's item was dropped; spelled out here as two
// sentences (我与周涛…；今天陈志强与郑华…), which the reader already takes as the sender's and X's (on a card).
import type { Directory } from '../organization.js';
import { alternation } from './parseDirectoryIndex.js';
import { isSuperiorOf } from './superiorHolds.js';
import { parseDayList } from './parseDayList.js';
import { oncePer } from './oncePer.js';
import { directoryNames } from './directoryNames.js';

/** A day said at the head of the sentence, repeated for the second doer so that both items keep it (namedRespectiveDoers too). */
// 本月我和陈志强分别与分管部门负责人… (round 33a: 陈志强 read as one talked to): a span word opens the sentence as a day does.
export const RESPECTIVE_HEAD_DAY = '((?:今天|昨天|前天|大前天|刚刚|刚才|上午|下午|(?:上|本|这)个?月(?:份)?|近期|近日|(?:上上|上|本|这)(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号](?:上午|下午)?|\\d{1,2}[日号]|(?:周|星期|礼拜)[一二三四五六日天])*)';
/**
 * 11月10日、17日， before 我和X分别… (round 33a): a list of two or more days heading the sentence, captured with its comma, so
 * that each item can be given its own day (or the sentence left whole when the days pair with neither item).
 */
const DAY = RESPECTIVE_HEAD_DAY;
const DAY_LIST = '((?:\\d{1,2}月)?\\d{1,2}[日号](?:[、和及](?:\\d{1,2}月)?\\d{1,2}[日号])+[，,]\\s*)?';
/** One day of that list, its month captured when written. */
const LISTED_DAY = /(\d{1,2}月)?(\d{1,2}[日号])/g;

/** The days of a DAY_LIST capture, each with its month (17日 after 11月10日 is 11月17日). */
function listedDays(list: string): string[] {
  let month = '';
  return [...list.matchAll(LISTED_DAY)].map((m) => {
    month = m[1] ?? month;
    return `${month}${m[2]!}`;
  });
}

/** A title after a name (陈志强副理事长, 孙丽科长): dropped, the name says who. */
const TITLE = '(?:副?(?:书记|理事长|主任|部长|科长)|同志)?';
/** The sender's own unit in the deed (本部门, 本科室): for X it is X's department, named. */
const OWN_UNIT = /本部门|本科室|本部室|本单位|各自部门|各自科室|所在部门|本部/g;

/**
 * `text` with each 「[day]我和/与/同/跟 X 分别 …」 sentence written as the sender's item and X's item: with two people
 * after 与/和/跟/同/对 (分别与A、B…) the first goes with the sender, the second with X; with more, each goes with whichever
 * of the two stands above them in the directory (unchanged when that does not split them all); with two departments
 * (分别组织了办公室和财务科的…) the first is the sender's, the second X's; otherwise the deed is repeated for X with 本部门
 * read as X's department. X and the people must be directory names (a title after them is fine); text with no such
 * sentence is returned unchanged. `today` (YYYY-MM-DD) only reads the days of a list said before the sentence: when their
 * number is the number of departments after 分别 (对/到 them), 分别 pairs those days with them and X only went along (round
 * 32b, F5), so the sentence is left whole for the companion reading (the sender's, or the higher-ranking one's, on a card).
 */
/** The patterns naming the directory's people and departments, built once per directory (issue 14: never per message). */
interface Patterns {
  /** 「[day]我和X[day]分别…」 up to the sentence's end: stop, day, day, X, day, the deed. */
  opening: RegExp;
  /** The deed opening on a list of two or more departments (分别对组联部、康复部…): the list. */
  targets: RegExp;
  /** One department of that list (global). */
  target: RegExp;
  /** 与A、B…: the word turning to them, the list of names, the rest. */
  listed: RegExp;
  /** One name of that list (global), the name captured. */
  listedName: RegExp;
  /** …办公室和财务科…: what stands before, the first department, the second, the rest. */
  two: RegExp;
}

const patternsOf = oncePer((directory: Directory): Patterns => {
  const name = `(${alternation(directoryNames(directory))})${TITLE}`;
  const units = alternation(directory.org.departments.flatMap((d) => [d.name, ...d.aliases]));
  return {
    opening: new RegExp(`(^|[。；;！!？?\\n，,])\\s*${DAY_LIST}${DAY}[，,]?(?:我|本人)${DAY}(?:和|与|同|跟)${name}(?:两人|二人|俩)?${DAY}分别([^。；;！!？?\\n]+)`, 'g'),
    targets: new RegExp(`^(?:对|到|赴|去|深入)?((?:${units})(?:[、,，和及与](?:${units}))+)`),
    target: new RegExp(units, 'g'),
    listed: new RegExp(`^(与|和|跟|同|对)(${name}(?:[、,，和及与]${name})+)(.+)$`),
    listedName: new RegExp(name, 'g'),
    two: new RegExp(`^(.*?)(${units})(?:[、,，和及与])(${units})(.*)$`),
  };
});

export function withRespectiveDoers(text: string, directory: Directory, senderId: string, today: string): string {
  const people = directory.org.people;
  if (people.length === 0 || !/分别/.test(text)) return text;
  const { opening, targets, target, listed: listedPattern, listedName, two: twoPattern } = patternsOf(directory);
  return text.replace(opening, (whole, stop: string, list: string | undefined, day1: string, day2: string, other: string, day3: string, deed: string, at: number) => {
    const x = people.find((p) => p.name === other);
    if (!x) return whole;
    // …分别与分管部门负责人进行了廉政谈话：11月10日与周涛，… : the list after the colon says who held which talk
    // (groupListDoers); split here, each doer would be given the whole list.
    if (/[:：]/.test(deed)) return whole;
    // 11月10日、11月17日，我和陈志强分别与周涛、郑华谈话 (round 33a: both talks put on 11-10, 11-17 dropped): two days heading
    // the sentence pair in order with its two items, the sender's first, as its two people do; any other number of days
    // pairs with neither item, so the sentence is left whole for the readers after (which ask, never a cross product).
    const days = list ? listedDays(list) : [];
    const [mineDay, theirDay] = days.length === 2 && `${day1}${day2}${day3}` === '' ? days : ['', ''];
    const day = mineDay ? '' : `${day1}${day2}${day3}`;
    const split = (mine: string, theirs: string) => (mineDay ? `${stop}${mineDay}${mine}；${theirDay}${theirs}` : `${stop}${list ?? ''}${day}${mine}；${day}${theirs}`);
    // 11月24日、11月26日，我和林晓分别对组联部、康复部… (round 32b, F5: 康复部 given 林晓 and the first day, a third check
    // invented): as many days said before as departments after 分别 pair with them, not with the two doers. (With people
    // after 分别 the days stay as they were read: whether X talked to one of them is not told by the count.)
    const sentence = text.slice(Math.max(...['。', '；', ';', '！', '!', '？', '?', '\n'].map((c) => text.lastIndexOf(c, at))) + 1, at + whole.length);
    const said = parseDayList(sentence, today).length;
    const after = targets.exec(deed);
    const paired = after ? [...after[1]!.matchAll(target)].length : 0;
    if (said >= 2 && said === paired) return whole;
    // Days that pair with neither item: the doers written as one list (张伟、陈志强分别与周涛、郑华…), which the reader pairs
    // with the people and, the days not matching them, asks each one's day.
    const senderName = people.find((p) => p.id === senderId)?.name;
    const asList = senderName ? `${stop}${list ?? ''}${day}${senderName}、${other}分别${deed}` : whole;
    if (list && !mineDay) return asList;
    const listed = listedPattern.exec(deed);
    if (listed) {
      const [to, list, rest] = [listed[1]!, listed[2]!, listed.at(-1)!];
      const named = [...list.matchAll(listedName)].map((m) => m[1]!);
      if (new Set(named).size !== named.length || named.includes(other)) return whole;
      const id = (n: string) => people.find((p) => p.name === n)!.id;
      // 分别与A、B: in order. With more people than doers, each goes with the doer above them, or nothing is split.
      const mine = named.length === 2 ? [named[0]!] : named.filter((n) => isSuperiorOf(directory, senderId, id(n)));
      const theirs = named.length === 2 ? [named[1]!] : named.filter((n) => isSuperiorOf(directory, x.id, id(n)));
      // Not split by the chain (the secretary stands above everyone): the doers as one list, which the reader splits by
      // who supervises whom, or asks (round 33a: 陈志强 was read as one talked to).
      if (mine.length === 0 || theirs.length === 0 || mine.length + theirs.length !== named.length) return asList;
      if (mineDay && (mine.length !== 1 || theirs.length !== 1)) return whole;
      return split(`我${to}${mine.join('、')}${rest}`, `${other}${to}${theirs.join('、')}${rest}`);
    }
    const two = twoPattern.exec(deed);
    if (two) {
      const [, lead, mineUnit, theirUnit, rest] = two;
      // 11月18日、25日，我和黄志刚分别到宣文部、维权部、康复中心… : two days, two doers and three places pair in no order.
      if (mineDay && [...deed.matchAll(target)].length !== 2) return asList;
      return split(`我${lead}${mineUnit}${rest}`, `${other}${lead}${theirUnit}${rest}`);
    }
    const unit = x.departmentId ? directory.department(x.departmentId)?.name : undefined;
    if (!unit && OWN_UNIT.test(deed)) return whole;
    OWN_UNIT.lastIndex = 0;
    return split(`我${deed}`, `${other}${unit ? deed.replace(OWN_UNIT, unit) : deed}`);
  });
}
