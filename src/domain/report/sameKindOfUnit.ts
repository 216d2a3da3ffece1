// 李明 (办公室主任)「11月26日，王建国副理事长来我科督导…」 (round 57, fef; t59b F7: noted 「…与您所在部门对不上」, and 「我科…组织学习」
// stored at no department): 办公室 and 财务科 (财务室) are both 科级 units, so 科 and 室 name either, as staff write them.

/**
 * Whether the unit kind `unit` as written (科 · 部 · 室 · 中心) is a kind `name` (a department's name or alias) is: `name`
 * contains it, or both are 科/室 (办公室 · 财务科 · 财务室).
 */
export function sameKindOfUnit(name: string, unit: string): boolean {
  return name.includes(unit) || (/^[科室]$/.test(unit) && /[科室]$/.test(name));
}
