// 11月18日，周涛组织本部门人员观看警示教育片《零容忍》 from the 办公室 clerk (round 49, fvf kind 4: the film stored at the
// clerk's own 办公室): 本部门 in a clause whose subject is someone else of another department is that person's unit.
import type { ParseContext } from './draft.js';

/** 组织本部门人员 · 带领本科室党员 · 组织部门全体 · 组织各自部门: the doer's own unit, as its organiser names it. */
const OWN_UNIT_LED = /(?:组织|带领|带)了?(?:本部门|本科室|本部室|本中心|本单位|各自部门|各自科室|所在部门|(?:部门|科室|中心)(?=全体|人员|干部|职工|同志|党员))/;
/** The end of a clause: the subject is looked for in the clause of 本部门 only. */
const CLAUSE_END = /[,;。!?，；！？\n]/;

/**
 * The id of the department of `doerId` when the doer is not the sender, belongs to a department and is named in the clause
 * of `text` in which they organise 本部门's people, the only person named there (ownUnitNamed leaves such a clause alone);
 * otherwise undefined.
 */
export function doersOwnUnit(text: string, doerId: string, ctx: ParseContext): string | undefined {
  if (doerId === ctx.senderId) return undefined;
  const doer = ctx.directory.person(doerId);
  if (doer?.departmentId === undefined) return undefined;
  const m = OWN_UNIT_LED.exec(text);
  if (!m) return undefined;
  const clause = text.slice(0, m.index).split(CLAUSE_END).pop()!;
  // 周涛、吴静组织本部门…: with two people named, whose unit is meant is not said; left to the readers after.
  const named = ctx.directory.org.people.filter((p) => clause.includes(p.name));
  return named.length === 1 && named[0]!.id === doerId ? doer.departmentId : undefined;
}
