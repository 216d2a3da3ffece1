// 与孙丽签订责任书并进行廉政谈话 · 签订责任书后进行了廉政谈话 · 讲廉政党课并观看警示教育片 · 开展作风纪律检查并报送信息一篇
// (round 25b: a card of the first deed only, the second named as left over): two deeds of unrelated kinds joined by
// 并/后/然后 in one clause are two clauses, each read as its own record, sharing the day, doer and people as a comma does.
import { findKindMatches } from './parseKind.js';
import { kindsRelated } from './parseKindPatterns.js';

/** What joins a second deed to the first inside one clause. */
const JOINER = /并且?|然后|之后|随后|(?<![之然随])后|同时/;
/** Between the two kind words: what a meeting arranged or studied (召开专题会议研究部署警示教育) is its topic, no second deed. */
const AGENDA = /研究|部署|安排|动员|关于|就|针对|围绕|传达|听取/;
/** After the joiner, before the second kind word: a verb of doing or whom it was with — never a long stretch. */
const DEED_LEAD = /^[\s]*(?:又|还|也|再)?(?:进行了?|开展了?|组织了?|观看了?|讲了?|讲授了?|上了?|签(?:订|署)?了?|报送了?|上报了?|召开了?|学习了?|作了?|做了?|主持了?|参加了?|对|给|与|和|跟|同)?[^,，。;；!?！？\n]{0,12}$/;

/**
 * `text` with a comma put before 并/然后/之后/随后/后/同时 where the words before it and after it, in one clause, name
 * two activities of unrelated kinds (a signing and a talk, a lecture and a film, a check and a paper). 后, 然后 and 之后
 * become 「，随后」, the word the clause readers take as going on with the same people. Unchanged otherwise.
 */
export function withJoinedDeedsApart(text: string): string {
  const kinds = findKindMatches(text);
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < kinds.length; i += 1) {
    const a = kinds[i]!;
    const b = kinds[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (/[,，。;；!?！？\n]/.test(between) || AGENDA.test(between) || kindsRelated(a.code, b.code)) continue;
    const join = JOINER.exec(between);
    if (!join || !DEED_LEAD.test(between.slice(join.index + join[0].length))) continue;
    const at = a.end + join.index;
    out += `${text.slice(from, at)}，${/后$/.test(join[0]) ? '随后' : join[0]}`;
    from = at + join[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}
