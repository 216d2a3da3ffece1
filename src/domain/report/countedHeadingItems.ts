// 「11月24日共开展廉政谈话3人次：⏎1. 与孙杰…⏎2. 与李明…」 (round 64, gdb; gcb's left-alone: one talk of that day with no one, and
// the items' talks asked their day): a counted heading with a day of its own over a numbered list is no deed either — it
// counts the items and gives them its day. 「本月共开展廉政谈话2人次：⏎1. 11月24日与孙杰」 (items of no kind): the heading
// gives them its kind. Either way the heading's count is weighed against the records the items give, a difference said
// on the card (never trimmed or padded).
import type { ParsedReport } from './draft.js';
import { findKindMatches } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';
import { COUNT_MEASURE, PERIOD_WORD, SUM_WORD } from './totalWords.js';
import { countDiffers } from './countDiffers.js';

/**
 * The heading line: anything short, a total word, the count and its measure, a colon or the line's end, before a line
 * opening with a number (1. · 一、 · ①). Groups: the heading's words, the count.
 */
const HEADING = new RegExp(
  `^[ \\t]*([^\\n]{0,40}?(?:共|${SUM_WORD})[^\\n]{0,24}?(\\d{1,3}|[两二三四五六七八九十]{1,3})[ \\t]*${COUNT_MEASURE}[^\\n:：。]{0,12}?)[:：]?[ \\t]*\\n(?=[ \\t]*(?:(?:[1-9]\\d?|[一二三四五六七八九十])[.、．)）:： \\t]|[①-⑩]))`,
);
/** The heading's own day: 11月24日 · 11.24 · 24号 · 昨天 · 上周二 (a span, 本月, is none). */
const DAY = /\d{1,2}月\d{1,2}[日号]?|\d{1,2}[.．]\d{1,2}(?!\d)|\d{1,2}[日号]|[昨前今]天|(?:上|本|这)?(?:周|星期)[一二三四五六日天]/;
/** What the heading says beside its kind: span, unit, total word, count. Written away to leave the verb and the kind. */
const BESIDE = new RegExp(`${PERIOD_WORD}|上周|上个?月|\\d{1,2}月份|共计|一共|共|${SUM_WORD}|(?:\\d{1,3}|[两二三四五六七八九十]{1,3})\\s*${COUNT_MEASURE}.*$|^[\\u4e00-\\u9fa5]{1,4}(?:科|部|室|中心|纪委|党委)(?=[\\u4e00-\\u9fa5])|[，,:：\\s]`, 'g');
/** An item that is itself a total (1. 合计谈话3人次): no deed, left as written and out of the kind check (gcb's reading keeps it). */
const TOTAL_ITEM = new RegExp(`(?:共|${SUM_WORD})[^\\n]{0,12}?\\d+\\s*${COUNT_MEASURE}`);
/** A numbered item line. Groups: the number with its mark, the item's words. */
const ITEM = /^([ \t]*(?:(?:[1-9]\d?|[一二三四五六七八九十])[.、．)）:： \t]|[①-⑩])[ \t]*)(.*)$/;
/**
 * An item of a name only (孙杰 · 孙杰、徐辉 · 孙科长 · 财务科): under a talk or a signing the one talked with (与 put before
 * them), under a check the place visited (到 before it) — never the doer.
 */
const PEOPLE_ONLY = /^(?![与和跟同对到])[\u4e00-\u9fa5]{2,4}(?:[、,，和][\u4e00-\u9fa5]{2,4})*$/;

/** A counted heading written away: as written, its count. */
export interface CountedHeading {
  text: string;
  said: string;
  count: number;
}

/**
 * `text` with its counted heading written away when the heading has a day of its own (its day kept as a heading line
 * 「11月24日：」, which every item without a day of its own takes) or the items below name no kind (the heading's verb and
 * kind written after each such item: 与孙杰 → 与孙杰开展廉政谈话); undefined when there is no counted heading over a numbered
 * list, when its kind cannot be told apart, or when neither holds (the dated, typed list stays withoutTotalHeading's).
 */
export function countedHeadingItems(text: string): CountedHeading | undefined {
  if (!text.includes('\n')) return undefined;
  const m = HEADING.exec(text);
  if (!m) return undefined;
  const heading = m[1]!;
  const day = DAY.exec(heading)?.[0];
  const deed = (day === undefined ? heading : heading.replace(day, '')).replace(BESIDE, '');
  if (deed.length > 16 || findKindMatches(deed).length === 0) return undefined;
  const lines = text.slice(m[0].length).split('\n');
  const kindless = lines.some((l) => ITEM.test(l) && !TOTAL_ITEM.test(l) && findKindMatches(l).length === 0);
  if (day === undefined && !kindless) return undefined;
  const before = /谈|责任书|承诺书/.test(deed) ? '与' : /检查|督查|巡查|抽查|暗访/.test(deed) ? '到' : '';
  const items = lines.map((l) => {
    const item = ITEM.exec(l);
    if (!item || TOTAL_ITEM.test(l) || findKindMatches(l).length > 0) return l;
    const words = item[2]!.replace(/[。；;，,\s]+$/, '');
    if (words === '') return l;
    // 1. 孙杰 under a talk heading is the one talked with: 与 before them, so they are never the doer; a name under a
    // study heading stays as written (its kind then asked).
    if (PEOPLE_ONLY.test(words) && before === '') return l;
    return `${item[1]}${PEOPLE_ONLY.test(words) ? `${before}${words}` : words}${deed}`;
  });
  // 1. 宣文部 under a study heading: no kind the item can take — today's reading, the heading kept.
  if (items.some((l) => ITEM.test(l) && !TOTAL_ITEM.test(l) && findKindMatches(l).length === 0)) return undefined;
  const count = /^\d/.test(m[2]!) ? Number(m[2]) : (chineseNumber(m[2]!) ?? 0);
  return { text: `${day === undefined ? '' : `${day}：\n`}${items.join('\n')}`, said: heading.trim(), count };
}

/**
 * `reports` read from the text without the heading, with a remark on the first record and 'leftover' (shown for a tap)
 * when the heading's count is not the number of records its items gave; as they are when the count agrees. Null stays null.
 */
export function withHeadingCountWeighed(reports: ParsedReport[] | null, heading: CountedHeading): ParsedReport[] | null {
  if (reports === null || reports.length === 0 || heading.count === reports.length) return reports;
  const remark = countDiffers(heading.said, reports.length, '下面');
  const [first, ...rest] = reports;
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...rest];
}
