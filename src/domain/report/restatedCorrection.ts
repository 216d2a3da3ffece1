// 「更正：昨天和王强进行的是谈心谈话，不是廉政谈话」「不对，前天跟李娟谈的不是廉政谈话，是谈心谈话」: a correction that restates
// the deed and ends with the right word beside the wrong one (t24 leftover: read as a new report beside the wrong record,
// its 廉政谈话 asked 和谁谈的).
import { LATEST } from './latestCorrection.js';

/** A word put in place of another, and the words before them that say which record is meant (`about`). */
export interface RestatedCorrection {
  kind: 'word';
  from: string;
  to: string;
  /** 昨天和王强进行的: the deed as restated, the wrong word to be read after it. */
  about: string;
}

/** 更正： · 纠正一下， · 不对， · 搞错了， · 刚才那条: what makes the message a correction, not a report. */
const OPENING = /^(?:(?:我)?(?:更正|纠正|订正|修正)(?:一下|下)?[:,;。!\s]*|不对[,;。!\s]*|(?:我)?(?:刚才|刚刚)?(?:说|搞|弄|写|记|报|填)错了[,;。!\s]*)+/;
/** …是谈心谈话，不是廉政谈话 · …是谈心谈话而不是廉政谈话: the right word first. */
const IS_NOT = /^(.{2,40}?)(?:应该?是|应为|其实是|实际是|是)([^,;。!?\s]{2,12}?)[,;\s]*(?:而)?(?:不是|并非|而非)([^,;。!?\s]{2,12}?)[。.!\s]*$/;
/** …不是廉政谈话，是谈心谈话 · …不是廉政谈话，而是谈心谈话: the wrong word first. */
const NOT_IS = /^(.{2,40}?)(?:的)?(?:不是|并非)([^,;。!?\s]{2,12}?)[,;\s]*(?:而|应该|应)?是([^,;。!?\s]{2,12}?)[。.!\s]*$/;

/** Words of the saying alone (其实 · 确实 · 应该 · 好像 · 实际上; round 65, gei; t68a B5): no record named by them. */
const FILLER = /^(?:其实|确实|实际上?|应该|好像|可能|大概|当时|我)+$/;

/**
 * The correction `text` (normalised) makes by restating a deed with the right word beside the wrong one, or null. It
 * needs an opening (更正 · 不对 · 搞错了 · 刚才那条): without one, 「昨天和王强进行的是谈心谈话，不是廉政谈话」 is a report
 * of that talk (withoutDenied's). `about` must say something (a day, a person): a bare 「更正：是X不是Y」 is the terse
 * correction's.
 */
export function restatedCorrection(text: string): RestatedCorrection | null {
  const t = text.trim();
  const pointed = t.replace(LATEST, '');
  const body = pointed.replace(OPENING, '');
  if (body === t) return null;
  const right = IS_NOT.exec(body);
  const wrong = right ? null : NOT_IS.exec(body);
  const about = (right ?? wrong)?.[1]?.replace(/[,;\s]+$/, '');
  // 第3条其实是和王强谈的 不是孙丽 (round 65, gei; t68a B5: 「没有找到您最近上报的「其实」的记录」): 其实 · 确实 · 应该 · 好像 are
  // words of the saying, never the words that name a record.
  if (!about || !/[\u4e00-\u9fa5\d]{2}/.test(about) || FILLER.test(about)) return null;
  if (right) return { kind: 'word', from: right[3]!, to: right[2]!, about };
  return { kind: 'word', from: wrong![2]!, to: wrong![3]!, about };
}
