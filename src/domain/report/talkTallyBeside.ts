// 林晓「这个月检查了三次 谈话五次」 (round 61, gab; fbf's left-alone: the check asked, the five talks dropped without a word): counts
// of deeds with no day side by side, one of them talks of no kind, are each a report of their own — each asked what the
// parser asks of it alone (the kind of check, the kind of talk, the days), the span said once heading them all.
import { untypedTalkTally } from './untypedTalkTally.js';

const NUMBER = '(?:\\d{1,2}|[两二三四五六七八九十]{1,3})';
/** A span said before the first count: 本月 · 这个月 · 上周 · 11月份 · 第四季度 · 上半年. */
const SPAN = /^(?:本月|上月|上个月|这个月|本周|上周|这周|本季度|第[一二三四]季度|上半年|下半年|今年以来|今年|\d{1,2}月份?)/;
/** One count of deeds, nothing else: a span, a verb or kind of up to 10 characters, the count and 次/场/人次 (谈了5次话). */
const COUNTED = new RegExp(`^[\\u4e00-\\u9fa5]{1,14}?${NUMBER}(?:次|场|人次)话?$`);
/** Words that break a count down into its parts. */
const BREAKDOWN = /其中|分别|包括|含/;
/** Words of a day or a person talked with: such a clause is more than a count (the parser's as before). */
const MORE = /\d{1,2}[日号]|周[一二三四五六日天]|星期|[与和跟同对]/;

/**
 * The clauses of `text` (after normalizeText) when it is nothing but two to four counts of deeds parted by commas, 、, ；
 * or spaces, one of them a talk tally of no kind (谈话五次), each clause after the first given the first's span when it
 * names none (这个月检查了三次 谈话五次 → 这个月检查了三次 · 这个月谈话五次); undefined otherwise.
 */
export function talkTallyBeside(text: string): string[] | undefined {
  // 本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次 (a tally split by type, tallyLeadDoer's and typeSplitTally's): no counts beside.
  if (!text.includes('谈') || !text.includes('次') || BREAKDOWN.test(text)) return undefined;
  const clauses = text.trim().replace(/[。.!！]+$/, '').split(/[,，;；、\s]+/).filter((c) => c !== '');
  if (clauses.length < 2 || clauses.length > 4) return undefined;
  if (!clauses.every((c) => COUNTED.test(c) && !MORE.test(c))) return undefined;
  const span = SPAN.exec(clauses[0]!)?.[0] ?? '';
  const spelled = clauses.map((c, i) => (i > 0 && !SPAN.test(c) ? `${span}${c}` : c));
  // Only one count of talks: a second (谈话3次 廉政谈话2次) breaks the first down, whatever the words between.
  if (spelled.filter((c) => c.includes('谈')).length !== 1) return undefined;
  return spelled.some((c) => untypedTalkTally(c) !== undefined) ? spelled : undefined;
}
