// 王建国「今天上午和办公室 财务科两个部门全体人员集体廉政谈话」 (round 61, the merge; t64a F2, dropped at once: stored as
// talks with the two heads, the six other members lost): 「A、B全体人员」 has long been read as every member of A and B,
// but a count of the units written between (两个部门 · 这三个科室的) hid the 全体 from that reader, and the department
// names alone were read as their heads. The count only repeats the list before it, so it is taken out.

/** A department's last character, a count of units (两个部门 · 这两个部室的 · 3个科室), then 全体/所有/全部. */
const COUNT_BEFORE_ALL = /([部科室心处所队])\s*(?:这)?(?:两|二|三|四|五|六|[2-6])\s*个\s*(?:部门|部室|科室|处室|单位|中心)(?:的)?(?=\s*(?:全体|所有|全部))/g;

/**
 * `text` with a count of units between a list of departments and 全体/所有/全部 taken out: 「办公室、财务科两个部门全体人员」 →
 * 「办公室、财务科全体人员」. Text without 全体/所有/全部 is returned as it is.
 */
export function withoutUnitCountBeforeAll(text: string): string {
  if (!text.includes('个') || !/全体|所有|全部/.test(text)) return text;
  return text.replace(COUNT_BEFORE_ALL, '$1');
}
