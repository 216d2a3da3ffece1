// t50b F3: 「…开展专项资金检查…。检查结束后，黄志刚同志与孙丽进行了廉政谈话，并将检查情况向党组作了汇报。」 — the card said
// 「向党组汇报了这次廉政谈话的情况」: the remark went on the deed of the sentence the report closed, though the report names
// what it was about (检查情况). The words before 情况/结果 say which deed was reported on; they win over the sentence.
import { isCheckType, isTalkType, type ActivityTypeCode } from '../activityTypes.js';

/** A family of deeds a report-back can name by its outcome's words. */
export type ReportedFamily = 'check' | 'talk' | 'study' | 'meeting' | 'signing';

/** 检查情况 · 谈话结果 · 学习情况 · 会议情况 · 签订情况: the deed's word right before what was reported of it. */
const FAMILY_WORDS: readonly [ReportedFamily, RegExp][] = [
  ['check', /(?:检查|督查|抽查|巡查|排查|暗访|督导)(?:工作)?(?:的)?(?:情况|结果|结论|报告|发现的问题|问题)/],
  ['talk', /(?:谈话|谈心|约谈)(?:工作)?(?:的)?(?:情况|结果|内容|记录)/],
  ['study', /(?:学习|教育|培训|观看|党课)(?:活动)?(?:的)?(?:情况|心得|体会)/],
  ['meeting', /(?:会议|会)(?:的)?(?:情况|精神|内容)/],
  ['signing', /(?:签订|签署)(?:的)?(?:情况)/],
];

/** The family of deeds the report clause `clause` (将检查情况向党组作了汇报) names as reported on; undefined when it names none (有关情况 · 整改情况). */
export function reportedFamily(clause: string): ReportedFamily | undefined {
  return FAMILY_WORDS.find(([, re]) => re.test(clause))?.[0];
}

/** Whether a record of `type` is of `family`. */
export function isOfReportedFamily(type: ActivityTypeCode | undefined, family: ReportedFamily): boolean {
  if (type === undefined) return false;
  switch (family) {
    case 'check':
      return isCheckType(type);
    case 'talk':
      return isTalkType(type);
    case 'study':
      return type === 'edu_integrity' || type === 'edu_warning' || type === 'edu_lecture';
    case 'meeting':
      return type === 'meeting_special' || type === 'meeting_dept' || type === 'review_analysis';
    case 'signing':
      return type === 'pledge_sign';
  }
}
