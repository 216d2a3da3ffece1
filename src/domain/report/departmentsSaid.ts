// 部门改为财务科 · 科室应为康复部 · 是教育就业部、维权部两个部门 · 部门是A和B (round 39, t38a F9(c): 「这条消息没有记录」):
// the departments a record is at, said as a whole. Read on a waiting card (cardCorrection) and, since round 48 (t50a F6:
// 「部门改成宣文部」 没看懂 after the record was stored), of a stored record (departmentsChange).

const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The departments, labelled (部门改为X) or bare (是X) with 部门 at the end (是A、B两个部门) or after a record named; the
 * count said, when one is, kept to check.
 */
const DEPARTMENTS_SAID = /^(?:(?:部门|科室|所在部门|所在科室|会议所在科室|会议部门|检查的?科室|检查的?部门|被检查(?:的)?(?:科室|部门))(?:都|均)?(?:应该?是|应为|改为|改成|换成|是|有)|(?:应该?是|应为|改为|改成|是))[\s:：]*(.+?)(?:(?:这|共|一共)?((?:[两二三四五六七八九十]|\d{1,2})个)?(?:部门|科室))?$/;

/** What departmentsSaid reads: the department ids in the order said (and the count said), or the one word that is none. */
export type DepartmentsSaid = { ids: string[]; count?: number } | { unknown: string };

/**
 * The departments `said` (normalised) names as a record's whole list, or undefined when it is no such change. A bare
 * 是X counts only when `labelled` (a record was named before it) or 部门 closes it; a word that is no department
 * (`departmentId` reads none) is `unknown` when the words were labelled, else the text is no such change.
 */
export function departmentsSaid(said: string, labelled: boolean, departmentId: (words: string) => string | undefined): DepartmentsSaid | undefined {
  const m = DEPARTMENTS_SAID.exec(said);
  if (!m) return undefined;
  // 是教育就业部、维权部 with no 部门 label nor 部门 word after: only when every word is a department (no day, no type).
  const hasLabel = !/^(?:应该?是|应为|改为|改成|是)/.test(said) || /(?:部门|科室)$/.test(said);
  if (!hasLabel && !labelled) return undefined;
  const words = m[1]!.split(/[、,，和及与]|以及/).map((w) => w.trim()).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const ids = words.map((w) => departmentId(w));
  const unknown = words.find((_, i) => ids[i] === undefined);
  if (unknown !== undefined) return hasLabel && /^[\u4e00-\u9fa5]{2,10}$/.test(unknown) ? { unknown } : undefined;
  const count = m[2] === undefined ? undefined : (CN_COUNT[m[2].replace('个', '')] ?? Number(m[2].replace('个', '')));
  return { ids: [...new Set(ids as string[])], ...(count !== undefined ? { count } : {}) };
}
