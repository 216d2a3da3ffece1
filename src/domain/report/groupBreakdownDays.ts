// 11月份，班子成员分别与分管科室负责人开展了集体廉政谈话。其中，王建国副理事长11月10日谈话，刘芳副理事长11月11日谈话…
// (round 33c, A12): the breakdown's leaders were read as the ones talked to, its days unpaired and one dropped. Each
// entry names doers of the group and their day: spelled here as each doer's own sentence with the group's deed.
import type { Directory } from '../organization.js';
import { alternation } from './parseDirectoryIndex.js';

/** A title after a leader's name (王建国副理事长, 赵敏书记): dropped, the name says who. */
const TITLE = '(?:副?(?:书记|理事长|主任|部长)|同志)?';
/** One day of an entry, written out (11月10日). */
const DAY = '(\\d{1,2}月\\d{1,2}[日号])';

interface Patterns {
  /** stop, the group's turning word, the supervised group, the deed, the breakdown after 其中. */
  summary: RegExp;
  /** One breakdown entry: the names, the day. */
  entry: RegExp;
  /** One leader's name in an entry (global). */
  name: RegExp;
}
const PATTERNS = new WeakMap<Directory, Patterns>();

/** The patterns naming the directory's leaders, built once per directory (issue 14: never per message). */
function patternsOf(directory: Directory): Patterns {
  const known = PATTERNS.get(directory);
  if (known) return known;
  const leaders = alternation(directory.withRole('leader').map((p) => p.name));
  const made: Patterns = {
    summary: new RegExp(
      '(^|[。；;！!？?:：\\n])\\s*(?:\\d{1,2}月份?|本月|上月|近期|近日)?[，,]?\\s*(?:各位|全体|各)?(?:党组|领导)?班子成员(?:分别|各自)?(与|同|和|跟)' +
        '((?:其|各自)?分管[^。；;，,！!？?\\n]*?(?:负责人|负责同志))([^。；;！!？?\\n]+)[。；;]\\s*其中[，,:：]?([^。！!？?\\n]+)。?',
    ),
    entry: new RegExp(`^((?:${leaders})${TITLE}(?:[、和与及](?:${leaders})${TITLE})*)${DAY}(?:分别)?(?:进行了?|开展了?)?(?:集体)?(?:廉政)?(?:谈话|谈|签订|签)?(?:了)?$`),
    name: new RegExp(leaders, 'g'),
  };
  PATTERNS.set(directory, made);
  return made;
}

/**
 * `text` with a group summary of the leaders turning to the heads they supervise followed by a 其中 breakdown of leaders
 * and days (其中，王建国副理事长11月10日谈话，陈志强副理事长和赵敏书记11月12日谈话) written as each entry's own sentence:
 * 「王建国11月10日与分管科室负责人开展了集体廉政谈话。陈志强、赵敏11月12日分别与…。」. Leaders of the group the breakdown
 * leaves out are written with their day untold, so it is asked; when any entry is not just leaders and one day, or a
 * leader is named twice, the text is unchanged (the readers after it then ask rather than pair a guess).
 */
export function withGroupBreakdownDays(text: string, directory: Directory): string {
  if (!/其中/.test(text) || !/班子成员/.test(text)) return text;
  const { summary, entry, name } = patternsOf(directory);
  const m = summary.exec(text);
  if (!m) return text;
  const [whole, stop, turn, group, deed, breakdown] = m as unknown as [string, string, string, string, string, string];
  const entries = breakdown.split(/[，,；;]/).map((e) => e.trim()).filter((e) => e !== '');
  const told: string[] = [];
  const sentences: string[] = [];
  for (const e of entries) {
    const x = entry.exec(e);
    if (!x) return text;
    const names = [...x[1]!.matchAll(name)].map((n) => n[0]);
    if (names.some((n) => told.includes(n))) return text;
    told.push(...names);
    sentences.push(`${names.join('、')}${x[2]!}${names.length > 1 ? '分别' : ''}${turn}${group}${deed}。`);
  }
  if (sentences.length === 0) return text;
  const left = directory.withRole('leader').map((p) => p.name).filter((n) => !told.includes(n));
  // Their day was not told: said so in words the reader asks about, never the day of the entry before (a month written
  // before them, 11月份, is carried over from that entry's day by the day reader).
  for (const n of left) sentences.push(`${n}${turn}${group}${deed}，日期不详。`);
  return `${text.slice(0, m.index)}${stop}${sentences.join('')}${text.slice(m.index + whole.length)}`;
}
