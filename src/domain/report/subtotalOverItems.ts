// 一、全年开展廉政教育6次，其中11月份2次：11月10日组织学习《…》，11月24日开展医德医风专题教育。 (round 41, t41a F7/F16: the
// second study put on the first's day with no title, the 24th named as left over): a year's total with 其中 a part's
// count, then that part's dated items, is the part's counted lead (11月份开展廉政教育2次：…), which the counted-deed reader
// gives each item its day and kind; the year's total is context, as a 累计 figure is.

/**
 * The lead (what was done, 开展/组织 + the kind), the total and its 次, 其中, the part (11月份 · 第四季度 · 本月) and its count,
 * then a colon: groups 1 the verb, 2 the kind, 3 the part, 4 the part's count.
 */
const SUBTOTAL = /(?<=^|[\n。;]|[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]|\d[.、])[^,，:：。\n]{0,10}?(开展|组织|进行)了?([^,，:：。\n\d]{2,10}?)\d{1,3}次\s*[,，]\s*其中\s*([^,，:：。\n]{1,8}?)\s*(\d{1,3})次\s*[:：]/g;

/**
 * `text` with each 「…开展K N次，其中P M次：」 written 「P开展K M次：」 (nothing for one: its item stands alone), so the items
 * after the colon are read as the part's counted deeds; `text` itself when there is none. The items must follow on the
 * same line (a colon, then a dated item).
 */
export function withSubtotalOverItems(text: string): string {
  if (!text.includes('其中')) return text;
  return text.replace(SUBTOTAL, (whole, verb: string, kind: string, part: string, count: string, offset: number) => {
    const after = text.slice(offset + whole.length);
    if (!/^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/.test(after)) return whole;
    // One item is the part's one deed: its own words type it, the lead only heads it (1次 as a lead asked a second one).
    return count === '1' ? '' : `${part}${verb}${kind}${count}次:`;
  });
}
