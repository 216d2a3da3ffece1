// 黄书记带队对财务科的自查整改工作进行了检查 · 对部门廉政风险点排查工作进行了检查 (round 41, t40b F4: read as the visitor's
// own 自查总结, the place lost): a 自查 or 排查 that is the object of someone's check (对…进行了检查) is the department's
// work looked at, not the checker's own 自查; the deed is the check, of which the type is asked (untypedReport).
// 到维权部开展廉政风险点排查工作检查 (round 47, t50b F1: a 自查总结 of 维权部 under the checker, the check lost) is the same
// check named as one noun: the 排查/自查 (工作/情况) right before the check word is its object, with or without 对.
import type { KindMatch } from './parseKind.js';

/** A gap inside one clause. */
const G = '[^,;。!?，；！？\\n]';
/** 对 before the self-inspection, in the same clause. */
const CHECKED_OBJECT_BEFORE = new RegExp(`对${G}{0,20}$`);
/** …(工作|情况)(进行了|开展了)检查/督查/抽查/核查/督导 right after it, in the same clause. */
const CHECK_AFTER = new RegExp(`^${G}{0,12}?(?:进行了?|开展了?|作了?|实施了?)?(?:一次|专项|全面|集中)?(?:检查|督查|抽查|核查|督导|检查指导|督导检查|监督检查)(?!${G}{0,2}(?:报告|总结))`);

/** 排查工作检查 · 自查整改情况督查 · 排查检查: the check word right after the self-inspection (工作/情况 between), one noun. */
const NOUN_CHECK_AFTER = new RegExp(`^(?:工作|情况|整改工作|整改情况|落实情况|整改落实情况)?(?:专项)?(?:检查|督查|抽查|核查|督导|监督检查)(?!${G}{0,2}(?:报告|总结))`);

/**
 * Whether report_self match `m` of `text` is what a check looked at: 对 before it and a check verb after it in its clause
 * (对财务科的自查整改工作进行了检查), or a check word right after it (开展廉政风险点排查工作检查). 财务科开展了自查整改 ·
 * 对照问题清单开展自查 stay a 自查.
 */
export function checkedSelfInspection(text: string, m: KindMatch): boolean {
  if (m.code !== 'report_self') return false;
  const before = text.slice(0, m.start);
  if (NOUN_CHECK_AFTER.test(text.slice(m.end))) return true;
  if (!CHECKED_OBJECT_BEFORE.test(before) || /对照$|对照[^,;。!?，；！？\n]{0,20}$/.test(before)) return false;
  return CHECK_AFTER.test(text.slice(m.end));
}
