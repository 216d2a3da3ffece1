// 11.24-11.26 · 11.24-26: a span of days written with dots, spelled as the 月/日 span the parser already reads.

const DOTTED_SPAN = /(?<![\d./-])(\d{1,2})\.(\d{1,2})\s*(?:-|—|–|~|至|到)\s*(?:(\d{1,2})\.)?(\d{1,2})(?:日|号)?(?![\d./-]|\s*(?:人|名|位|个|次|天|小时|分|元|万|%|倍|篇|场))/g;

/**
 * The text with each dotted span (11.24-11.26) written 11月24日至11月26日, whose first day a record then keeps, said on
 * the card. Round 16 #30: 「宣文部 11.24-11.26 廉洁教育」 was asked its day and the answer recorded as the sender's.
 */
export function withDottedSpans(text: string): string {
  return text.replace(DOTTED_SPAN, (all, m1: string, d1: string, m2: string | undefined, d2: string) => {
    const valid = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
    const endMonth = m2 ?? m1;
    // 1.5-2 (a range of hours or points) ends before it starts: no span of days.
    const backwards = Number(endMonth) * 100 + Number(d2) <= Number(m1) * 100 + Number(d1);
    if (!valid(Number(m1), Number(d1)) || !valid(Number(endMonth), Number(d2)) || backwards) return all;
    return `${m1}月${d1}日至${endMonth}月${d2}日`;
  });
}
