// Item markers as a member's editor writes them (⑴ ⒈ ❶ ㈠ …), folded into the plain forms every list reader knows.
//
// Word and WPS turn 「(1)」 and 「1.」 into one enclosed character (⑴ U+2474, ⒈ U+2488), and pasted 工作动态 bring ❶ ➀ ⓵
// ㈠ ㊀ as well. The list readers (splitItems, sectionHeading, oneLineFields, pairColumn) know (1) 1. ① （一） 一、; glued
// to the day or the subject, an enclosed marker they did not know made 「⑵11月27日何平主任与徐辉副主任签订…」 lose its
// doer (round 38, t38b F11). Rather than teach every reader every block, the text is folded once, by Unicode block.

/** One block of enclosed item numbers: its first code point, how many it holds, the number of the first, the plain form. */
interface MarkerBlock {
  first: number;
  count: number;
  start: number;
  plain: (n: number) => string;
}

const CN_DIGITS = '一二三四五六七八九十';

/** 一 … 十 (the CJK blocks hold ten). */
const chinese = (n: number) => CN_DIGITS[n - 1]!;

/** ① … ⑳ (U+2460), the circled form the readers know; beyond 20 the plain 21. form. */
const circled = (n: number) => (n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `${n}.`);

/**
 * The enclosed-number blocks of Unicode used as list markers. ①–⑳ (U+2460) is the readers' own form and is not here;
 * ㉑–㊿ and the circled ideographs past 十 are no list marker anyone pastes.
 */
const MARKER_BLOCKS: readonly MarkerBlock[] = [
  { first: 0x2474, count: 20, start: 1, plain: (n) => `(${n})` }, // ⑴ … ⒇ parenthesized digits
  // ⒈ … ⒛ digit full stop: one character, a marker wherever it stands as ① is (「…《准则》⒉11月25日…」 on one line), where a
  // plain 2. after 》 is no marker.
  { first: 0x2488, count: 20, start: 1, plain: circled },
  { first: 0x24eb, count: 10, start: 11, plain: circled }, // ⓫ … ⓴ negative circled 11–20
  { first: 0x24f5, count: 10, start: 1, plain: circled }, // ⓵ … ⓾ double circled
  { first: 0x2776, count: 10, start: 1, plain: circled }, // ❶ … ❿ dingbat negative circled
  { first: 0x2780, count: 10, start: 1, plain: circled }, // ➀ … ➉ dingbat circled sans-serif
  { first: 0x278a, count: 10, start: 1, plain: circled }, // ➊ … ➓ dingbat negative circled sans-serif
  { first: 0x3251, count: 15, start: 21, plain: circled }, // ㉑ … ㉟ circled 21–35
  { first: 0x3220, count: 10, start: 1, plain: (n) => `(${chinese(n)})` }, // ㈠ … ㈩ parenthesized ideographs
  { first: 0x3280, count: 10, start: 1, plain: (n) => `${chinese(n)}、` }, // ㊀ … ㊉ circled ideographs
];

/** Every character of the blocks, for one pass over the text. */
const ANY_MARKER = new RegExp(
  `[${MARKER_BLOCKS.map((b) => `\\u{${b.first.toString(16)}}-\\u{${(b.first + b.count - 1).toString(16)}}`).join('')}]`,
  'gu',
);

/** Ⅰ. Ⅱ、 ⅲ) (Roman numerals U+2160 / U+2170): a marker only with the separator after it, as 「1、」 is. */
const ROMAN_MARKER = /([\u2160-\u2169\u2170-\u2179])(?=\s*[、.．)）])/gu;

/**
 * `text` with every enclosed item marker written the plain way: ⑴ → (1), ❶ ➀ ➊ ⓵ ⒈ → ①, ⓫ → ⑪, ㈠ → (一),
 * ㊀ → 一、, and Ⅱ、 → 2、. Other text, ① … ⑳ included, comes back unchanged (the same string when nothing was folded).
 */
export function plainItemMarkers(text: string): string {
  if (!/[\u2160-\u2179\u2474-\u249b\u24eb-\u24fe\u2776-\u2793\u3220-\u3229\u3251-\u325f\u3280-\u3289]/u.test(text)) return text;
  return text
    .replace(ANY_MARKER, (c) => {
      const code = c.codePointAt(0)!;
      const block = MARKER_BLOCKS.find((b) => code >= b.first && code < b.first + b.count)!;
      return block.plain(block.start + code - block.first);
    })
    .replace(ROMAN_MARKER, (c) => String((c.codePointAt(0)! - 0x2160) % 16 + 1));
}
