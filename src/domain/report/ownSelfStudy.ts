// 昨天自学了《廉洁自律准则》 · 前天个人自学了警示教育案例汇编 · 昨天在家观看了警示教育片 (round 27b, K1: stored at once as the
// sender's 廉政教育 or 警示教育, which the 党组's org-wide count 全年不少于4次 then took as one of the unit's organised activities).
// A member's own study is no 教育活动 anyone organised: nothing is recorded, and the bot says so (selfStudyReply).
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';

/**
 * Studying or watching alone: 自学, or 个人/自己/独自/在家/线上/手机上/利用…时间 right before 学习/观看/收看/看了.
 * 十来个人/10多个人看了 (round 45 frf: a rough count, dropped as the sender's own viewing) is no one alone.
 */
const ON_ONES_OWN =
  /自学|(?:(?<![每各几两三四五六七八九十一\d多来余])个人|自己|独自|在家|家里|线上|网上|在线|手机上|通过手机|用手机|利用[^，,。；;]{0,6}?(?:时间|午休|休息))[^，,。；;]{0,4}?(?:学习|观看|收看|看了)/;
/** Someone organised it, or others took part: a study of the department, whoever went on to study on their own. */
const ORGANISED = /组织|安排|带领|率领|召集|集中|主持|号召|动员|要求|督促|部署|参加|参会|出席|全体|大家|一起|一同|共同|同志们|党员们|\d+\s*(?:人|名)/;
/** The kinds a study can be read as; any other kind named (a talk, a check) makes it a report to read, not this. */
const STUDY_KINDS = new Set(['edu_integrity', 'edu_warning', 'edu_lecture']);

/**
 * Whether `text` tells only of the sender's own study or viewing (自学, 个人学习, 在家观看…): no one organised it, no one else
 * took part, and no activity other than a study is named. Such a message is no report; the caller says why.
 */
export function ownSelfStudy(text: string): boolean {
  const plain = normalizeText(text);
  if (!ON_ONES_OWN.test(plain) || ORGANISED.test(plain)) return false;
  return findKinds(plain).every((k) => STUDY_KINDS.has(k.code));
}
