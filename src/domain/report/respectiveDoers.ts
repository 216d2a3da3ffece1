// 今天我和陈志强分别与周涛、郑华进行了廉政谈话 · 昨天我和吴静分别组织本部门观看警示教育片 (round 25b §5): two doers, each
// their own item. Read as one deed of the sender, X became a talked-to or X's item was dropped; spelled out here as two
// sentences (我与周涛…；今天陈志强与郑华…), which the reader already takes as the sender's and X's (on a card).
import type { Directory } from '../organization.js';
import { alternation } from './parseDirectoryIndex.js';
import { isSuperiorOf } from './superiorHolds.js';

/** A day said at the head of the sentence, repeated for the second doer so that both items keep it. */
const DAY = '((?:今天|昨天|前天|大前天|刚刚|刚才|上午|下午|(?:上上|上|本|这)(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号](?:上午|下午)?|\\d{1,2}[日号]|(?:周|星期|礼拜)[一二三四五六日天])*)';
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
 * sentence is returned unchanged.
 */
export function withRespectiveDoers(text: string, directory: Directory, senderId: string): string {
  const people = directory.org.people;
  if (people.length === 0 || !/分别/.test(text)) return text;
  const name = `(${alternation(people.map((p) => p.name))})${TITLE}`;
  const opening = new RegExp(`(^|[。；;！!？?\\n，,])\\s*${DAY}[，,]?(?:我|本人)${DAY}(?:和|与|同|跟)${name}(?:两人|二人|俩)?${DAY}分别([^。；;！!？?\\n]+)`, 'g');
  return text.replace(opening, (whole, stop: string, day1: string, day2: string, other: string, day3: string, deed: string) => {
    const day = `${day1}${day2}${day3}`;
    const x = people.find((p) => p.name === other);
    if (!x) return whole;
    const listed = new RegExp(`^(与|和|跟|同|对)(${name}(?:[、,，和及与]${name})+)(.+)$`).exec(deed);
    if (listed) {
      const [to, list, rest] = [listed[1]!, listed[2]!, listed.at(-1)!];
      const named = [...list.matchAll(new RegExp(name, 'g'))].map((m) => m[1]!);
      if (new Set(named).size !== named.length || named.includes(other)) return whole;
      const id = (n: string) => people.find((p) => p.name === n)!.id;
      // 分别与A、B: in order. With more people than doers, each goes with the doer above them, or nothing is split.
      const mine = named.length === 2 ? [named[0]!] : named.filter((n) => isSuperiorOf(directory, senderId, id(n)));
      const theirs = named.length === 2 ? [named[1]!] : named.filter((n) => isSuperiorOf(directory, x.id, id(n)));
      if (mine.length === 0 || theirs.length === 0 || mine.length + theirs.length !== named.length) return whole;
      return `${stop}${day}我${to}${mine.join('、')}${rest}；${day}${other}${to}${theirs.join('、')}${rest}`;
    }
    const units = alternation(directory.org.departments.flatMap((d) => [d.name, ...d.aliases]));
    const two = new RegExp(`^(.*?)(${units})(?:[、,，和及与])(${units})(.*)$`).exec(deed);
    if (two) {
      const [, lead, mineUnit, theirUnit, rest] = two;
      return `${stop}${day}我${lead}${mineUnit}${rest}；${day}${other}${lead}${theirUnit}${rest}`;
    }
    const unit = x.departmentId ? directory.department(x.departmentId)?.name : undefined;
    if (!unit && OWN_UNIT.test(deed)) return whole;
    OWN_UNIT.lastIndex = 0;
    return `${stop}${day}我${deed}；${day}${other}${unit ? deed.replace(OWN_UNIT, unit) : deed}`;
  });
}
