// 为扎实开展“以案促改”工作，… · 按照党组关于警示教育的部署，…: the clause saying what an activity is for, which is none itself.
import { CLAUSE_DAY } from './clauseDay.js';

/**
 * 为加强节前廉洁教育，… · 按照党组关于警示教育的部署，… · 【组联部】为扎实开展“以案促改”工作，…: a purpose (or the
 * instruction followed, the occasion: 以…为契机, 针对…问题, 在…期间) names the activity to come in the clause after it, never an activity of its own (issue 10: a
 * 警示教育 of the sender's beside the meeting when a 【department】 tag stood before 为).
 */
export const PURPOSE = new RegExp(
  '^\\s*(?:【[^】]{1,16}】\\s*)?(?:为了?|' +
    // 11月25日，围绕八项规定精神、谈心谈话制度等内容，组织…开展廉政教育 · 聚焦…等重点工作， (round 47, fsf: read as talks
    // with everyone in the office): what a gathering was about, its day said first, is its topic; 聚焦 as 围绕.
    `(?:(?:${CLAUSE_DAY}|\\u0000+)[,;\\s\\u0000]*)?(?:紧紧)?(?:围绕|聚焦)|为进一步|为切实|(?:` +
    [
      '(?:按照|根据|依据|遵照|结合|落实|贯彻)[^,;。!?]{0,30}?(?:部署|安排|要求|精神|通知|规定|计划|方案|工作)',
      // 以警示教育月为契机， · 针对廉政谈话中发现的问题， · 在廉洁文化月期间， · 值此元旦来临之际，
      '以[^,;。!?]{1,30}?为(?:契机|抓手|载体|主题|切入点|重点|鉴|镜|戒)',
      '针对[^,;。!?]{1,30}?(?:问题|情况|不足|短板|风险)',
      '(?:在|值此|借|趁|利用)[^,;。!?]{1,30}?(?:期间|之际|之机|前夕)',
    ].join('|') +
    ')[\\s\\u0000]*[,;]?\\s*$)',
);

/** Where the purpose clause opening `text` ends (after its comma), or 0 when `text` opens with none. */
export function purposeEnd(text: string): number {
  const comma = /[,;，；]/.exec(text);
  if (!comma) return 0;
  if (PURPOSE.test(text.slice(0, comma.index + 1))) return comma.index + 1;
  // 11月25日，围绕…等内容，组织…: a day standing alone before the purpose opens it too (round 47, fsf).
  if (!LONE_DAY.test(text.slice(0, comma.index + 1))) return 0;
  const next = /[,;，；]/.exec(text.slice(comma.index + 1));
  if (!next) return 0;
  const end = comma.index + 1 + next.index + 1;
  return PURPOSE.test(text.slice(0, end)) ? end : 0;
}

/** A clause of nothing but a day (11月25日，, or its mask once read): what it opens is still read from the clause after it. */
const LONE_DAY = new RegExp(`^[\\s\\u0000]*(?:${CLAUSE_DAY}|\\u0000)[\\s\\u0000]*[,;，；]$`);
