// 党组召开全面从严治党专题会议　11月30日，张伟主持召开党组会议… (round 29a, A6: the headline read as a second, undated 专题会议,
// asked its day, then a duplicate on the card): a 工作动态 item pasted from a page keeps its headline on the lead's line,
// set off by an ideographic space (U+3000) or a run of spaces instead of a line break.

/** A headline: no sentence marks, a deed of holding (召开/开展/举办…) in it, at most 32 characters. */
const HEADLINE = /^[^,，。;；:：!！?？\n\t\u3000]{4,32}$/;
const HOLDING = /开展|召开|举办|组织|举行|启动|签订|部署|研究|推进|观看|讲授|学习/;
/** The lead after it opens with its day (11月30日，· 近日，· 2026年11月30日 · 本月1日) and is a sentence. */
const DATED_LEAD = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|近日|日前|本月\d{1,2}[日号]|(?:今|昨|前)天|上周[一二三四五六日天])[^\n]*[，,。]/;

/**
 * `text` with the gap after a headline on its first line (U+3000, or two or more spaces) made a line break, so the
 * headline is read as one (and its record merged into the dated lead below). Unchanged unless the part before the gap is a
 * headline of a deed (see HEADLINE, HOLDING) and the part after is a dated sentence with no other such gap (a table row).
 */
export function withHeadlineSpace(text: string): string {
  const m = /^([^\n]*?)(?:\u3000+|[ \u00A0]{2,})([^\n]*)/.exec(text);
  if (!m) return text;
  const [, head, lead] = m as unknown as [string, string, string];
  if (!HEADLINE.test(head.trim()) || !HOLDING.test(head) || !DATED_LEAD.test(lead) || /\u3000|\t| {2,}/.test(lead)) return text;
  return `${head.trim()}\n${lead}${text.slice(m[0].length)}`;
}
