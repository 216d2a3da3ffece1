// 11月份，班子成员分别与分管科室负责人开展了集体廉政谈话。其中，王建国副理事长11月10日谈话，刘芳副理事长11月11日谈话…
// (round 33c, A12): the breakdown's leaders were read as the ones talked to, its days unpaired and one dropped. Each
// entry names doers of the group and their day: spelled here as each doer's own sentence with the group's deed.
import type { Directory } from '../organization.js';
import { alternation } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** A title after a leader's name (王建国副理事长, 赵敏书记): dropped, the name says who. */
const TITLE = '(?:副?(?:书记|理事长|主任|部长|科长)|同志)?';
/** One day of an entry, written out (11月10日). */
const DAY = '(\\d{1,2}月\\d{1,2}[日号])';

interface Patterns {
  /** stop, the group's turning word, the supervised group, the deed, the breakdown after 其中. */
  summary: RegExp;
  /** One breakdown entry: the names, the day. */
  entry: RegExp;
  /** One leader's name in an entry (global). */
  name: RegExp;
  /** An entry of one person of the directory who is no leader and a day (周涛部长11月11日谈话). */
  other: RegExp;
}

/** The patterns naming the directory's leaders, built once per directory (issue 14: never per message). */
const patternsOf = oncePer((directory: Directory): Patterns => {
  const leaders = alternation(directory.withRole('leader').map((p) => p.name));
  return {
    summary: new RegExp(
      '(^|[。；;！!？?:：\\n])\\s*(?:\\d{1,2}月份?|本月|上月|近期|近日)?[，,]?\\s*(?:各位|全体|各)?(?:党组|领导)?班子成员(?:分别|各自)?(与|同|和|跟)' +
        '((?:其|各自)?分管[^。；;，,！!？?\\n]*?(?:负责人|负责同志))' +
        // The breakdown after 其中 in a sentence of its own, or after a comma with or without 其中 (…集体廉政谈话，王建国副理事长
        // 11月10日，刘芳副理事长11月11日): there the deed stops at the first comma, and the entries must all read as entries.
        '(?:([^。；;！!？?\\n]+)[。；;]\\s*其中[，,:：]?|([^。；;！!？?\\n，,]+)[，,]\\s*(?:其中[，,:：]?)?)([^。！!？?\\n]+)。?',
    ),
    entry: new RegExp(`^((?:${leaders})${TITLE}(?:[、和与及](?:${leaders})${TITLE})*)${DAY}(?:分别)?(?:进行了?|开展了?)?(?:集体)?(?:廉政)?(?:谈话|谈|签订|签)?(?:了)?$`),
    name: new RegExp(leaders, 'g'),
    other: new RegExp(`^(?:${alternation(directory.org.people.filter((p) => !p.roles?.includes('leader')).map((p) => p.name))})${TITLE}${DAY}(?:进行了?|开展了?)?(?:集体)?(?:廉政)?(?:谈话|谈|签订|签)?(?:了)?$`),
  };
});

/** A breakdown read: the summary's match, each entry's sentence, the entries of people who are no leader set aside. */
interface Breakdown {
  match: RegExpExecArray;
  sentences: string[];
  aside: string[];
}

/** The group summary and its breakdown in `text`, or undefined when there is none or an entry is neither leaders and a day nor one other person and a day. */
function breakdownOf(text: string, directory: Directory): Breakdown | undefined {
  if (!/班子成员/.test(text)) return undefined;
  const { summary, entry, name, other } = patternsOf(directory);
  const m = summary.exec(text);
  if (!m) return undefined;
  const [, , turn, group, deedOwn, deedComma, breakdown] = m as unknown as [string, string, string, string, string | undefined, string | undefined, string];
  const deed = (deedOwn ?? deedComma)!;
  const entries = breakdown.split(/[，,；;]/).map((e) => e.trim()).filter((e) => e !== '');
  const told: string[] = [];
  const sentences: string[] = [];
  const aside: string[] = [];
  for (const e of entries) {
    const x = entry.exec(e);
    // 其中，王建国副理事长11月10日谈话，周涛部长11月11日谈话: one who is no leader of the group holds none of its deeds; whether
    // that day is a leader's talk with them is a guess, so it is set aside, named on the card (asideBreakdownEntries), and
    // the leaders left out are asked their day.
    if (!x && other.test(e)) {
      aside.push(e);
      continue;
    }
    if (!x) return undefined;
    const names = [...x[1]!.matchAll(name)].map((n) => n[0]);
    if (names.some((n) => told.includes(n))) return undefined;
    told.push(...names);
    sentences.push(`${names.join('、')}${x[2]!}${names.length > 1 ? '分别' : ''}${turn}${group}${deed}。`);
  }
  if (sentences.length === 0 && aside.length === 0) return undefined;
  const left = directory.withRole('leader').map((p) => p.name).filter((n) => !told.includes(n));
  // Their day was not told: said so in words the reader asks about, never the day of the entry before (a month written
  // before them, 11月份, is carried over from that entry's day by the day reader).
  for (const n of left) sentences.push(`${n}${turn}${group}${deed}，日期不详。`);
  return { match: m, sentences, aside };
}

/**
 * `text` with a group summary of the leaders turning to the heads they supervise followed by a breakdown of leaders and
 * days — after 其中 (其中，王建国副理事长11月10日谈话，陈志强副理事长和赵敏书记11月12日谈话) or after a comma (…集体廉政谈话，
 * 王建国副理事长11月10日，刘芳副理事长11月11日) — written as each entry's own sentence: 「王建国11月10日与分管科室负责人开展了
 * 集体廉政谈话。陈志强、赵敏11月12日分别与…。」. Leaders of the group the breakdown leaves out are written with their day
 * untold, so it is asked; so is every leader's when an entry names someone who is no leader (set aside, see
 * asideBreakdownEntries). When any entry is not a name and one day, or a leader is named twice, the text is unchanged
 * (the readers after it then ask rather than pair a guess).
 */
export function withGroupBreakdownDays(text: string, directory: Directory): string {
  const read = breakdownOf(text, directory);
  if (!read) return text;
  const { match: m, sentences } = read;
  return `${text.slice(0, m.index)}${m[1]!}${sentences.join('')}${text.slice(m.index + m[0].length)}`;
}

/**
 * The entries of a group breakdown that name someone who is no leader with a day (「周涛部长11月11日谈话」), as written;
 * withGroupBreakdownDays leaves them out of the records, so the card names them. `[]` when there are none.
 */
export function asideBreakdownEntries(text: string, directory: Directory): string[] {
  return breakdownOf(text, directory)?.aside ?? [];
}
