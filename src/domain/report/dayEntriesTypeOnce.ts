// 「11月25号书记和刘芳 11月26号书记和赵敏 廉政谈话」 · 「25号和刘芳，26号和赵敏，廉政谈话」 (issue 10, f2: typed on a phone,
// the kind said once at the end; both talks put on 11-25, the second at once with no card): entries of a day and the people
// talked to, parted by spaces or commas, then the deed said once. Written as one whole clause per entry, the deed after
// each (11月25号书记和刘芳廉政谈话，11月26号书记和赵敏廉政谈话), the shape read in order, each person on their own day.
import { namesKey } from './directoryNames.js';
import { guardedAlternation } from './guardedAlternation.js';

/** A day of its own: 2026年11月25日 · 11月25号 · 25号 · 上周三 · 周四 · 昨天 · 前天 (a regexp source, no groups). */
const DAY = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|昨天|前天|今天)';

/** The title of a doer said before the people (书记 · 张书记 · 王建国副理事长; 我 too, below) (a regexp source, no groups). */
const TITLE = '(?:党组书记|书记|副理事长|理事长|主任|部长|科长)';

/**
 * The deed said once at the end: a talk or a signing, with no day, comma or person of its own (开展廉政谈话 · 谈心谈话 ·
 * 签了责任书). Group: the deed's words.
 */
const DEED = '((?:都是|均为|开展了?|进行了?|搞了|做了)?[^，,。；;！!？?\\n\\d、]{0,10}?(?:谈话|谈心|签订?了?[^，,。；;！!？?\\n\\d]{0,12}?责任书))';

const cache = new Map<string, RegExp>();

/** The list of day–people entries (two or more) then the deed, for the directory's `names`; built once per set of names. */
function pattern(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = `(?:${guardedAlternation(names)})(?:同志)?`;
  const people = `${name}(?:[、和及]${name}){0,7}`;
  const doer = `(?:(?:${name}|[\\u4e00-\\u9fa5])?${TITLE}|我)?`;
  const entry = `${DAY}\\s*${doer}\\s*(?:和|与|跟|同|找)\\s*${people}`;
  const made = new RegExp(`(?<=^|[\\n。；;！!])([\\s]*${entry}(?:\\s*[，,、；;]?\\s+|\\s*[，,；;]\\s*)(?:${entry}(?:\\s*[，,、；;]?\\s+|\\s*[，,；;]\\s*)){0,6}${entry})(?:\\s*[，,；;]\\s*|\\s+)${DEED}(?=\\s*(?:[。！!；;\\n]|$))`, 'g');
  cache.set(key, made);
  return made;
}

/** Every day in a text. */
const DAYS = new RegExp(DAY, 'g');

/** One entry of the list: a day, then anything up to the next day (the doer and the people). */
const ENTRY = new RegExp(`${DAY}[^]*?(?=\\s*[，,、；;]?\\s*${DAY}|$)`, 'g');

/**
 * `text` with each list of two or more day–people entries followed by a deed said once (11月25号书记和刘芳 11月26号书记
 * 和赵敏 廉政谈话) written as one clause per entry with the deed after it, parted by ，; `text` itself when it has none.
 * `names`: the directory's names.
 */
export function withDayEntriesTypeOnce(text: string, names: readonly string[]): string {
  if (!/谈|签/.test(text)) return text;
  // The list has two entries or more, each with its day, and no DAY match can hold two of them (each ends at its one
  // 日/号/weekday/天): with fewer than two days the pattern cannot match, so it is not compiled for such a message. Its
  // machine code (1,000 names in every entry) was the bot thread's second largest at idle, 0.99 MiB, paid by the
  // warm-up's one-day talk (issue 14, p31).
  if ((text.match(DAYS) ?? []).length < 2) return text;
  return text.replace(pattern(names), (whole, list: string, deed: string) => {
    const entries = list.trim().match(ENTRY)?.map((e) => e.replace(/[\s，,、；;]+$/, '')) ?? [];
    if (entries.length < 2) return whole;
    const lead = /^\s*/.exec(list)![0];
    return `${lead}${entries.map((e) => `${e}${deed}`).join('，')}`;
  });
}
