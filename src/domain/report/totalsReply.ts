// 「今年以来，陈志强副理事长共开展谈心谈话7次」 alone (t31c): the totals reply quoted 「截至…共…」, words the member had not
// written, and spoke of 活动 in general. It quotes the member's figure and names the kind each deed of it needs a day for.
import { activityTypeName, isTalkType } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { periodTotals } from './periodTotal.js';
import { kindTotalsAsked } from './totalDeedNeeds.js';

/**
 * The reply to a message that is nothing but a running figure (截至11月底，共开展廉政谈话12人次 · 今年以来…共开展谈心谈话7次):
 * no record is made of it (a 纪检 officer wants each deed with its day, and a talk with its person, not N guesses nor one
 * deed dated the cutoff), and the member is told how to send them. `quoted` is the member's text as it may be shown (the
 * caller shortens and escapes it); `text` is read for the one kind it counts, if one.
 */
export function totalsReply(text: string, quoted: string): string {
  // 截至目前，今年共开展廉政党课4次、警示教育6次、廉政谈话36人次 (round 65, ged: 「没有每一次活动的日期」, no kind named): each
  // running figure named, the deeds of every kind asked in one request.
  const several = periodTotals(text);
  if (several !== undefined && several.length > 1) return [...kindTotalsAsked(quoted, '累计数', several), '想看累计数，发送「本季度完成情况」。'].join('\n');
  const codes = [...new Set(findKinds(extractTitles(text).rest).map((k) => k.code))];
  const code = codes.length === 1 ? codes[0]! : undefined;
  const deed = code ? activityTypeName(code) : '活动';
  const talk = code !== undefined && isTalkType(code);
  const example = talk ? `「11月20日和孙丽进行了${deed}」` : code ? `「11月20日开展了${deed}」` : '「11月20日和孙丽进行了廉政谈话」';
  const needs = talk ? '日期和谈话对象' : code ? '日期' : '日期（谈话还要写明对象）';
  return [
    `「${quoted}」是累计数，没有每一次${deed}的日期，清风不能按它记录，也没有记录。`,
    `每一次${deed}都要写明${needs}，请逐条发给我，例如${example}；也可以发送「填报」逐条填写。想看累计数，发送「本季度完成情况」。`,
  ].join('\n');
}
