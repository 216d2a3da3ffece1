// 11月17日全体职工赴市廉政教育基地参观学习 · 中心全体职工到基地参观 (round 32a, F2: proposed as the sender's, a 医师 who heads
// nothing): a whole group that went or studied, no one organising named, is the unit's activity, never a member's own.
import type { AudienceDoer } from './wholeDepartmentAudience.js';
import type { ParseContext } from './draft.js';

/** Nothing before the group in its clause but a break, a day (masked) or a time of day. */
const OPENS_CLAUSE = /(?:^|[,;。!?:\n])[\s\u0000]*(?:近日|日前|上午|下午|晚上)?[\s\u0000]*$/;

/**
 * The sender's own unit by a short word (中心 · 部门 · 科室 · 本部 · 我们科…), perhaps, then 全体 + who, perhaps counted, then
 * going or studying (赴/到/前往/参观/观看/学习… or the masked type) with no 组织 before it. Group 1 is the unit word.
 */
const GROUP_DEED =
  /((?:本|我们|我)?(?:中心|部门|科室|部里|科里|室里|部|科|室))?(?:的)?全体(?:在职)?(?:党员干部|干部职工|党员|干部|职工|人员|同志)[\s\u0000]*(?:共?[\d几十余多]+人)?[\s\u0000,]*(?:集中|一起|共同|统一|分批)?[\s\u0000]*(?:赴|到|前往|走进|参观|观看|收看|学习|聆听|接受|\u0000)/;

/**
 * Whose a subjectless group deed is (`rest`: day, type and titles masked), when the sender is no leader and heads
 * nothing: the head of the sender's unit when a short word names it (中心全体职工赴…, from a member of the 中心), or of the one
 * other department the word can only mean (中心 from an office clerk: the 康复中心); asked whose
 * (missing_actor, the sender's head first, then the leaders, the sender last) when no unit is named. Undefined when the shape
 * is not there, a 组织 names the deed's organiser (wholeDepartmentAudience reads that), or the sender may have held it. A
 * deputy head is a member here (round 36, ffc: one rule for deputies, as organisingDepartment reads them).
 * A department named by its name (康复部全体人员到…) is departmentAsAudience's.
 */
export function unitGroupDeed(rest: string, ctx: ParseContext): AudienceDoer | undefined {
  const sender = ctx.directory.person(ctx.senderId);
  if (sender === undefined || sender.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector')  || ctx.directory.headedBy(ctx.senderId).length > 0) return undefined;
  const m = GROUP_DEED.exec(rest);
  if (!m || !OPENS_CLAUSE.test(rest.slice(0, m.index))) return undefined;
  const own = sender.departmentId !== undefined ? ctx.directory.department(sender.departmentId) : undefined;
  if (m[1] !== undefined) {
    // 中心/部/科 name the sender's unit only when it is one; an office clerk's 中心全体职工赴… is the one 中心's, its head's.
    const unit = /中心|部|科|室/.exec(m[1].replace(/部门|科室/, ''))?.[0];
    const fits = (d: { name: string; aliases: string[] }) => unit === undefined || [d.name, ...d.aliases].some((n) => n.endsWith(unit));
    if (own?.headId && fits(own)) return { actorId: own.headId };
    const others = /^(?:本|我们|我)|里$/.test(m[1]) ? [] : ctx.directory.org.departments.filter((d) => d.id !== own?.id && d.headId && fits(d));
    return others.length === 1 ? { actorId: others[0]!.headId } : undefined;
  }
  const leaders = ctx.directory.org.people.filter((p) => p.roles.includes('secretary') || p.roles.includes('leader')).map((p) => p.id);
  return { problem: { code: 'missing_actor', candidateIds: [...new Set([...(own?.headId ? [own.headId] : []), ...leaders, ctx.senderId])] } };
}
