// 李明「本月报送廉政信息2篇、调研报告1篇」 (round 38, t37c: the 信息 asked its days, the 调研报告 named as not matched): pieces
// of different kinds, each counted, joined by 、/和/及 after one 报送 are each their own deed, as 「…2篇，调研报告1篇」 already
// reads: the join is written as a comma.

/** A counted piece (2篇 · 一份 · 3条), the join, then another piece of words and its own count. */
const JOINED_COUNTS = /((?:\d+|[一二两三四五六七八九十]+)\s*(?:篇|份|条|则))\s*(?:[、和及]|以及)\s*(?=[\u4e00-\u9fa5]{2,12}?(?:\d+|[一二两三四五六七八九十]+)\s*(?:篇|份|条|则))/g;

/** A handing-in verb before the pieces: only papers handed in are parted so. */
const HANDED_IN = /报送|上报|报了|提交|交了|上交|撰写|完成/;

/**
 * `text` with each 、/和/及 between two counted pieces (廉政信息2篇、调研报告1篇) in a sentence of a handing-in verb written as
 * a comma, so each piece is read with its own kind and count. Sentences without such a verb are left as they are.
 */
export function withCountedPiecesApart(text: string): string {
  return text.replace(/[^。！!？?\n；;]+/g, (sentence) => (HANDED_IN.test(sentence) ? sentence.replace(JOINED_COUNTS, '$1，') : sentence));
}
