// 「机关党委12月工作安排：一是12月5日…；二是12月中旬…。另外，今天已与王磊、何平分别进行了廉政谈话。」 (round 31f F3: the whole
// message answered 没看懂): a plan heading makes its own items plans, never a deed said done after them — 已 or 了 with a
// day of the past or today — which is read as the report it is.
import type { MessageItem } from './splitItems.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** 已 / 已经 / 了: the deed is said done. */
const DONE = /已|了/;
/** Words of a plan or an intention, which a sentence of a deed done does not say. */
const INTENT = /计划|拟|将|准备|打算|安排|要|争取|力争|下一步|下周|下月|明天|后天/;
/** Where one sentence ends and the next begins inside an item. */
const SENTENCE_END = /[。;；!！]/g;

/**
 * Whether `sentence` says a deed done: 已 or 了, no word of intent, and a day (said in it) that is `today` (YYYY-MM-DD)
 * or before it. A sentence with no day of its own is not one: under a plan heading it may be a plan's detail.
 */
export function saysDeedDone(sentence: string, today: string): boolean {
  if (!DONE.test(sentence) || INTENT.test(sentence)) return false;
  const date = parseDay(arabicizeNumerals(sentence), today).date;
  return date !== undefined && date <= today;
}

/**
 * Where in `text` the first sentence after its first one that says a deed done begins (the index after the mark ending
 * the sentence before), or undefined when none does.
 */
export function doneSentenceStart(text: string, today: string): number | undefined {
  for (const end of text.matchAll(SENTENCE_END)) {
    const start = end.index + end[0].length;
    const next = text.slice(start).search(SENTENCE_END);
    const sentence = text.slice(start, next < 0 ? undefined : start + next);
    if (sentence.trim() !== '' && saysDeedDone(sentence, today)) return start;
  }
  return undefined;
}

/**
 * `items` with each item that goes on, after a sentence of its own, with a deed said done (…年终述责述廉。另外，今天已与王磊
 * …谈话。) cut in two there, the deed (and what follows it) an item of its own on the same line with the same label, so a
 * plan heading above holds only the plan. Only items in `planned` (indexes of items under a plan heading) are cut.
 */
export function withDoneDeedsApart(items: readonly MessageItem[], planned: ReadonlySet<number>, today: string): MessageItem[] {
  return items.flatMap((item, i) => {
    if (!planned.has(i)) return [item];
    const at = doneSentenceStart(item.text, today);
    if (at === undefined) return [item];
    return [{ ...item, text: item.text.slice(0, at) }, { ...item, text: item.text.slice(at) }];
  });
}
