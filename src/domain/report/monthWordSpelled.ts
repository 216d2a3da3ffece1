// 「本月3日、5日分别与刘芳、赵敏开展了廉政谈话」 · 「这个月3号、5号分别和…」 · 「上月3日、5日…」 (issue 10, f2: both talks put on the
// first day, at once): a day list after 本月/上月 was not read as one, where 11月3日、5日 is. The month word before a day is
// written as its month, so every reader of day lists sees the shape it knows.

/** 本月 · 这个月 · 这月 · 上月 · 上个月, then a day (3日 · 3号) or a day list (3、5日 · 3和5号). Group 1: the word. */
const MONTH_WORD = /(本月|这个?月|上个?月)(?=\s*\d{1,2}\s*(?:[日号]|(?:[、,，和及与]\s*\d{1,2}\s*)+[日号]))/g;

/**
 * `text` with each 本月/这个月 before a day written as today's month (11月) and each 上月/上个月 as the month before (10月;
 * 2025年12月 in January). `today`: YYYY-MM-DD, Asia/Shanghai. `text` itself when it has none.
 */
export function withMonthWordsSpelled(text: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return text.replace(MONTH_WORD, (word: string) => {
    if (!word.startsWith('上')) return `${month}月`;
    return month === 1 ? `${year - 1}年12月` : `${month - 1}月`;
  });
}
