// 部门集中学习廉政知识 · 维权部开会学习… · 全科集中观看…: how a unit's people did it together may stand between the unit and its deed.

/**
 * 集中 · 统一 · 一起 · 共同 · 专题 · 分批 · 开会: how a department's people did a deed together, said between the department and
 * the deed. Round 35a F2 (A8): in 「部门集中学习廉政知识」 the type's words (学习廉政知识) are masked, so 集中 stood between 部门 and
 * the mask and the department was no longer read as the subject: the clerk's own 廉政教育, stored at once.
 */
const TOGETHER = '(?:集中|统一|一起|一同|共同|专题|分批|开会|召开会议)';

/**
 * After a unit word (部门 · 部里 · 维权部…), in `after` (day, type and titles masked): perhaps a month or a time of day, then
 * how its people did it together, then the masked deed right after. A unit's deed with no such word before the mask
 * (部门\u0000) is read by the callers' own patterns; this one only needs the manner word, so it asks for it.
 */
const MANNER_THEN_DEED = new RegExp(`^[\\s\\u0000]*(?:\\d{1,2}月份?)?(?:上午|下午|晚上|今早|早上)?[\\s\\u0000]*${TOGETHER}了?[\\s\\u0000]*\\u0000`);

/** Whether `after` (what follows a unit word) is a deed the unit's people did together (集中 + the masked type). */
export function unitDeedTogether(after: string): boolean {
  return MANNER_THEN_DEED.test(after);
}

