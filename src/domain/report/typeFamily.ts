// 谈话 · 教育 · 会议 · 检查 …: the families of activity types, so a correction of a kind goes to the records it can be about
// (round 30g §8: 「不对，是谈心谈话」 on a card of a 警示教育 film and a talk turned the film into a 谈心谈话 too).
import type { ActivityTypeCode } from '../activityTypes.js';

/** A family of kinds a member may mistake one for another within (a talk for a talk, a study for a film). */
export type TypeFamily = 'talk' | 'education' | 'meeting' | 'check' | 'paper' | 'pledge';

/** A family as a member names it in chat (「谈话不能改成检查」). */
export const TYPE_FAMILY_NAME: Readonly<Record<TypeFamily, string>> = { talk: '谈话', education: '教育', meeting: '会议', check: '检查', paper: '报送材料', pledge: '签订责任书' };

const FAMILY: Record<ActivityTypeCode, TypeFamily> = {
  talk_integrity: 'talk',
  talk_heart: 'talk',
  edu_integrity: 'education',
  edu_warning: 'education',
  edu_lecture: 'education',
  meeting_special: 'meeting',
  meeting_dept: 'meeting',
  review_analysis: 'meeting',
  inspect_style: 'check',
  inspect_funds: 'check',
  pledge_check: 'check',
  report_self: 'paper',
  report_duty: 'paper',
  report_to_party: 'paper',
  report_info: 'paper',
  report_research: 'paper',
  pledge_sign: 'pledge',
};

/** The family of an activity type (a talk, an education, a meeting, a check, a paper, a signing). */
export function typeFamily(code: ActivityTypeCode): TypeFamily {
  return FAMILY[code];
}

/** 片子 · 谈话 · 会 · 检查 · 党课 · 责任书: the noun a member names a record by, and the family it names (片子 a 警示教育 only). */
const NOUNS: readonly [RegExp, TypeFamily | ActivityTypeCode][] = [
  [/^(?:片子|影片|警示片|教育片|警示教育片|电影)$/, 'edu_warning'],
  [/^(?:谈话|话|谈心)$/, 'talk'],
  [/^(?:会|会议)$/, 'meeting'],
  [/^(?:检查|督查)$/, 'check'],
  [/^(?:党课|课)$/, 'edu_lecture'],
  [/^(?:学习|培训)$/, 'education'],
  [/^(?:责任书|承诺书)$/, 'pledge'],
];

/**
 * Whether a record of type `code` (undefined: a kind not read yet, which fits any noun) is one `noun` names (片子 a
 * 警示教育, 谈话 a talk of either kind, 会 a meeting…); false for a noun not known here.
 */
export function nounFits(noun: string, code: ActivityTypeCode | undefined): boolean {
  const named = NOUNS.find(([re]) => re.test(noun))?.[1];
  if (named === undefined) return false;
  if (code === undefined) return true;
  return named === code || named === typeFamily(code);
}

/** The nouns nounFits knows, as one alternation for a pattern (longest first). */
export const RECORD_NOUN = '警示教育片|警示片|教育片|片子|影片|电影|谈心|谈话|会议|检查|督查|党课|学习|培训|责任书|承诺书|会|话|课';
