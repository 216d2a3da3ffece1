// …，提醒其加强对部门人员的廉洁教育 · 督促其在科室开展警示教育 (round 34a, F5: a 廉政教育 of the sender's added beside a real
// study and a talk): what someone was urged to do is what the talk or the meeting said, never a deed of the one who urged.

/**
 * A clause that urges someone to see to an education or a study: an urging verb (提醒 · 督促 · 要求 · 叮嘱 · 嘱咐 · 敦促 ·
 * 鼓励 · 希望), optionally 并/同时/还 and 主要是 before it, then within the clause a verb of seeing to something (加强 · 开展 ·
 * 抓好 · 做好 · 搞好 · 落实 · 重视 · 注重 · 组织 · 经常 · 认真 · 深入) before the education's words (教育 · 学习 · 党课 · 警示).
 * 提醒他注意廉洁 (a 提醒 given, no education urged) is not one.
 */
const URGED_EDUCATION =
  /^[\s\u0000,]*(?:并|同时|还|也|另)?(?:主要是|重点是)?(?:提醒|督促|要求|叮嘱|嘱咐|敦促|鼓励|希望)(?:了)?[^,;。!?\n]{0,12}?(?:加强|开展|抓好|做好|搞好|落实|重视|注重|组织|经常|认真|深入)[^,;。!?\n]{0,16}?(?:教育|学习|党课|警示)/;

/** Whether `clause` (one piece of a sentence, no day of its own) only urges someone to see to an education or a study. */
export function urgesEducation(clause: string): boolean {
  return URGED_EDUCATION.test(clause);
}
