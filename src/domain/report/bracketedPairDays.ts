// 「本月开展谈话4次，其中廉政谈话2次（12月1日与孙丽、12月2日与王强），谈心谈话2次（12月3日与李娟、12月4日与胡军）」 (round 61,
// gab; t63a F4: each group put on its first day, the second days 「没有对应到任何记录」): a counted kind whose bracket lists day
// and person pairs is one deed per pair, each on the day written beside the person. The groups are written out one clause
// a pair (12月1日与孙丽进行廉政谈话；12月2日与王强进行廉政谈话；…), the lead that only sums them (本月开展谈话4次，其中) dropped,
// and every count weighed against the pairs it heads — a difference told on the card, never trimmed or padded.
import type { ParsedReport } from './draft.js';
import { chineseNumber } from './chineseNumber.js';
import { countDiffers } from './countDiffers.js';

const NUMBER = '(?:\\d{1,2}|[两二三四五六七八九十]{1,3})';
/** A written day: 11月3日 · 3日 · 5号 · 11.3. */
const DAY = '(?:(?:\\d{1,2}月)?\\d{1,2}[日号]|\\d{1,2}[.．]\\d{1,2}(?!\\d))';
/** One pair: a day, 与/和/同/对/跟, a person (2–6 characters, a title maybe: 孙丽 · 王强副科长 · 孙科长). */
const PAIR = `${DAY}\\s*(?:与|和|同|对|跟)\\s*[\\u4e00-\\u9fa5]{2,6}`;
/** A kind of talk counted (its verb, if any, dropped with it), then its bracket of pairs. Groups: the kind, the count, the pairs. */
const GROUP = new RegExp(
  `(?:(?:共计|一共|共|累计)?(?:开展|进行|组织)了?\\s*)?((?:廉政|谈心|提醒|集体|诫勉|任前|廉洁)?谈话|谈心)\\s*(${NUMBER})\\s*(?:次|人次|人)\\s*[（(]\\s*(${PAIR}(?:\\s*[、，,；;]\\s*${PAIR})*)\\s*[）)]`,
  'g',
);
/** One pair inside a bracket. Groups: day, person. */
const ONE_PAIR = new RegExp(`(${DAY})\\s*(?:与|和|同|对|跟)\\s*([\\u4e00-\\u9fa5]{2,6})`, 'g');
/** The lead summing the groups, at the start: a span or doer, 共, 开展/进行, 谈话 and its count, then 其中 (or a colon). */
const SUM_LEAD = new RegExp(`^([^,，。;；:：\\n]{0,12}?)(?:共计|一共|共|累计)?(?:开展|进行|组织)了?(?:各类)?谈话\\s*(${NUMBER})\\s*(?:次|人次)\\s*(?:[,，]\\s*其中\\s*[:：]?|[:：]\\s*(?:其中)?)\\s*`);

/** The comma between two groups written out (…进行廉政谈话，12月3日与李娟…): a ； like the one between pairs. */
const BETWEEN_GROUPS = new RegExp(`\\s*[,，]\\s*(?=${DAY}与)`, 'g');

/** A count and how many pairs it heads, as written. */
export interface PairCount {
  said: string;
  count: number;
  pairs: number;
}

/** The message written out one clause a pair, and its counts. */
export interface BracketedPairs {
  text: string;
  counts: PairCount[];
}

/**
 * `text` with every counted talk kind over a bracket of day–person pairs written out one clause a pair, a leading sum of
 * them (本月开展谈话4次，其中) dropped with what stood before its verb kept (a doer: 黄书记) — or undefined when `text` has
 * no such bracket (谈心谈话3人次（李娟、王强、胡军）, no days, stays the parser's).
 */
export function bracketedPairDays(text: string): BracketedPairs | undefined {
  if (!text.includes('谈') || !/[（(]/.test(text)) return undefined;
  const counts: PairCount[] = [];
  let pairsAll = 0;
  const written = text.replace(GROUP, (whole, kind: string, count: string, pairs: string) => {
    const found = [...pairs.matchAll(ONE_PAIR)];
    pairsAll += found.length;
    const deed = kind === '谈话' ? '谈话' : kind === '谈心' ? '谈心谈话' : kind;
    counts.push({ said: whole.slice(0, whole.search(/[（(]/)).trim(), count: chineseNumber(count) ?? Number(count), pairs: found.length });
    return found.map((p) => `${p[1]}与${p[2]}进行${deed}`).join('；');
  });
  if (counts.length === 0) return undefined;
  const sum = SUM_LEAD.exec(written);
  if (sum === null) return { text: written.replace(BETWEEN_GROUPS, '；'), counts };
  counts.unshift({ said: sum[0].replace(/[,，:：\s]*(?:其中)?[,，:：\s]*$/, ''), count: chineseNumber(sum[2]!) ?? Number(sum[2]), pairs: pairsAll });
  return { text: `${sum[1]}${written.slice(sum[0].length)}`.replace(BETWEEN_GROUPS, '；'), counts };
}

/**
 * `reports` (the pairs read) with a remark on the first, and 'leftover' (shown for a tap), for each count that is not the
 * number of pairs it heads; null stays null, nothing added when every count agrees.
 */
export function withPairCountsWeighed(reports: ParsedReport[] | null, pairs: BracketedPairs): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const off = pairs.counts.filter((c) => c.count !== c.pairs);
  if (off.length === 0) return reports;
  const remarks = off.map((c) => countDiffers(c.said, c.pairs, '括号里', '人'));
  const [first, ...rest] = reports;
  return [{ ...first!, remarks: [...first!.remarks, ...remarks], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...rest];
}
