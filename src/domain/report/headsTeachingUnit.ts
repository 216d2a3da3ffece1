// 李娟「我们科长 前天 带着我们 学习了…典型案例通报」 (round 57, fef; t59b F6: stored with no department): a teaching held for
// the sender's own unit by its head is that unit's, as 组织科室学习 is (ownUnitNamed) — a per-department tally would miss it.
import type { ParseContext } from './draft.js';
import { sameKindOfUnit } from './sameKindOfUnit.js';

/** The taught are the sender's own people: 带着我们 · 给我们 · 组织大家 · 全科 · 科里 · 部门全体. */
const US = /我们|咱们|大家|全科|全部门|全室|全体|[科部室]里|科室|部门/;
/** 机关全体 · 全市 · 各部门 · 分管科室: a body wider than the head's own unit. */
const WIDER = /机关|全市|全区|全县|系统|各(?:部室|部门|科室|单位)|分管|残联全体|党组/;
/**
 * The id of the sender's department when `doerId`, its head (not the sender), teaches the sender's own people (带着我们学习);
 * else undefined (the sender standing in for the head: withStandInUnit).
 * Nothing when a wider body is named (机关全体 · 各部门), whose teaching it may be.
 */
export function headsTeachingUnit(text: string, doerId: string, ctx: ParseContext): string | undefined {
  const dept = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!dept?.headId || dept.headId === ctx.senderId || WIDER.test(text)) return undefined;
  if (doerId !== dept.headId) return undefined;
  // 科里组织学习 from a 中心 member (organisingDepartment's row): a 科 of a unit of another kind may be a section of it, so
  // 科里 · 全科 count only where the unit is of that kind (sameKindOfUnit); 我们 · 大家 · 全体 anywhere.
  const fits = [...text.matchAll(new RegExp(US.source, 'g'))].some((m) => {
    const kind = /^(?:([科部室])里|全([科室]))$/.exec(m[0]);
    return kind === null || sameKindOfUnit(dept.name, kind[1] ?? kind[2]!);
  });
  return fits ? dept.id : undefined;
}
