// 与孙丽签订责任书并进行廉政谈话 · 签订责任书后进行了廉政谈话 · 讲廉政党课并观看警示教育片 · 开展作风纪律检查并报送信息一篇
// (round 25b: a card of the first deed only, the second named as left over): two deeds of unrelated kinds joined by
// 并/后/然后 in one clause are two clauses, each read as its own record, sharing the day, doer and people as a comma does.
import { findKindMatches } from './parseKind.js';
import { checksApart, kindsApart } from './checksApart.js';

/** A conduct check joined by 和/及/、 to a funds check (round 28b, K6: one 专项资金检查 stored at once). */
const CHECK_AND_FUNDS = /((?:作风|纪律|考勤|在岗|到岗)[\u4e00-\u9fa5]{0,4}?(?:检查|督查|抽查|巡查))(?:和|及|与|、|以及)((?:对)?[\u4e00-\u9fa5]{0,6}?(?:专项资金|资金使用)[\u4e00-\u9fa5]{0,6}?(?:检查|督查|抽查|核查)|(?:检查|督查|抽查|核查)?(?:专项资金|资金使用))/g;

/** 检查了专项资金和考勤: the checking verb said once over funds and conduct, each its own check. */
const FUNDS_AND_CONDUCT = /((?:检查|督查|抽查|核查)了?)((?:专项资金|资金使用)(?:情况)?)(?:和|及|与|、|以及)((?:作风纪律|工作纪律|作风|纪律|考勤)(?:情况)?)(?![\u4e00-\u9fa5]{0,4}(?:检查|督查|抽查|巡查))/g;

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
export function withJoinedDeedsApart(given: string): string {
  // …作风纪律检查和专项资金检查: the funds check's words (检查和专项资金) would swallow the conduct check's 检查; apart first.
  const text = given.replace(CHECK_AND_FUNDS, '$1，$2').replace(FUNDS_AND_CONDUCT, '$1$2，$1$3');
  const kinds = findKindMatches(text);
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < kinds.length; i += 1) {
    const a = kinds[i]!;
    const b = kinds[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (/[,，。;；!?！？\n]/.test(between) || AGENDA.test(between) || !kindsApart(a, b)) continue;
    // 开展了作风纪律检查和专项资金检查 (round 28b, K6): two checks named apart, joined by a plain 和, are two checks.
    if (checksApart(a, b) && /^\s*(?:和|及|与|、|以及)\s*$/.test(between)) {
      out += `${text.slice(from, a.end)}，`;
      from = b.start;
      continue;
    }
    const join = JOINER.exec(between);
    if (!join || !DEED_LEAD.test(between.slice(join.index + join[0].length))) continue;
    const at = a.end + join.index;
    out += `${text.slice(from, at)}，${/后$/.test(join[0]) ? '随后' : join[0]}`;
    from = at + join[0].length;
  }
  return out + text.slice(from);
}
