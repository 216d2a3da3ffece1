// 「上周二部里学习了党纪处分条例，张颖和我两个人，这个算廉政教育吗」 (r47 fse #8, still so in round 48, fte: the whole report
// dropped as a question, 吗): a deed told, then the member asking whether it counts as a kind, reports the deed and proposes
// its type, as 「…这个算廉政教育吧」 (a hedge, shown on a card) and 「…，算不算廉政教育」 already read. Only the closing clause,
// after the deed; a message that is only the question is the counts-as reply's (countsAsAsked).

/** …，这个算廉政教育吗 · 这算不算警示教育 · 应该算是廉政谈话吗？ · 能算一次廉政党课吗: the closing clause. Group 1: the kind's words. */
const ASKED_KIND = /(?:[,，;；。]|\s+)(?:这个|这次|这|那个|那次)?(?:应该|也|能|可以|可不可以|能不能)?算(?:不算)?(?:是|作|为)?(?:一次|一个)?([^,，。;；!！?？\s吗么]{2,12}?)(?:吗|么)?[\s?？。.!！~～]*$/;

/** A 吗/么/？ or 算不算/能不能 in the clause: it asks (a plain 「，算廉政教育」 is left as written). */
const ASKS = /吗|么|[?？]|算不算|能不能|可不可以/;

/**
 * `text` with a closing clause asking whether the deed before it counts as a kind (这个算廉政教育吗) written as the hedge
 * 「，算廉政教育吧」; `text` itself when there is none or nothing stands before it.
 */
export function withTypeAskedHedged(text: string): string {
  const m = ASKED_KIND.exec(text);
  if (!m || m.index < 4 || !ASKS.test(m[0])) return text;
  return `${text.slice(0, m.index)}，算${m[1]}吧`;
}
