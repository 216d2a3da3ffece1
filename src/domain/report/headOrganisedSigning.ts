// 组织中心全体职工签订廉洁从业承诺书 from the centre's head: the head signed with each of the unit's staff.
import type { ParseContext } from './draft.js';
import type { Department } from '../organization.js';

/** A family pledge (家庭助廉承诺书) is signed between a member and their family: the one who organised it signed with no one. */
const FAMILY_PLEDGE = /家庭|家属|亲属/;

/**
 * Everyone of a unit, with no unit word: 组织全体人员签订… · 组织全体职工签了… (the organiser's own unit when they head one).
 * 组织全体医护人员签订廉洁行医承诺书 (t45a F4: stored with no one and no department): any staff word, not only the six listed.
 */
const EVERYONE_SIGNING = /组织(?:全体|所有|全部)(?:[\u4e00-\u9fa5]{0,4}?(?:同志|人员|干部|职工|员工|党员|医生|护士|教师))?(?:都|均)?[\s\u0000]*(?:签|\u0000)/;

/**
 * The unit whose staff an organised signing was with, when the signer heads it (round 31f F2: 何平 「组织中心全体职工签订
 * 廉洁从业承诺书」 was stored at once with no one signed with — a signing counted per pair that nobody can check).
 * `text` is the clause as written (the pledge's kind), `rest` the same with days and the type masked. `groupIds` are the people the message's group words resolved to (全科同志 · 中心全体职工 · 部门全体): the unit is
 * theirs when they are all of one department the signer heads, every member but the head. With no group resolved, a
 * bare 组织全体人员签订… is the signer's own unit when they head exactly one. Undefined otherwise: a family pledge, a
 * leader's 全体党员 or a unit the signer does not head keep their reading (one organised signing, or asked whom).
 */
export function headOrganisedUnit(text: string, rest: string, signerId: string, groupIds: string[], ctx: ParseContext): Department | undefined {
  if (FAMILY_PLEDGE.test(text)) return undefined;
  const headed = ctx.directory.headedBy(signerId);
  const unit = groupIds.length > 0
    ? headed.find((d) => groupIds.every((id) => ctx.directory.person(id)?.departmentId === d.id))
    : headed.length === 1 && EVERYONE_SIGNING.test(rest) ? headed[0] : undefined;
  if (!unit) return undefined;
  const staff = ctx.directory.org.people.filter((p) => p.departmentId === unit.id && p.id !== signerId);
  if (staff.length === 0 || (groupIds.length > 0 && staff.some((p) => !groupIds.includes(p.id)))) return undefined;
  return unit;
}
