// 组织办公室全体人员学习… with no one named before it: the named department's activity, whose doer depends on who sends it.
import type { ParseContext, ReportProblem } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** Nothing before the 组织 but a break, a day (masked) or a time of day: no subject of its own. */
const NO_SUBJECT_BEFORE = /(?:^|[,;。!?:\n])[\s\u0000]*(?:上午|下午|晚上|今天|昨天)?[\s\u0000]*$/;

export interface AudienceDoer {
  actorId?: string;
  problem?: ReportProblem;
}

/**
 * A subjectless 组织<部门>全体… (day, type and titles masked in `rest`): the sender's own when they head that department
 * or are a leader; its head's (shown on the card) when the sender is one of its members; asked whose otherwise. Round 14:
 * 王芳 (办公室科员) 「组织办公室全体人员学习《…》」 was stored at once as hers. Undefined when the shape is not there.
 */
export function wholeDepartmentAudience(rest: string, ctx: ParseContext): AudienceDoer | undefined {
  const index = directoryIndex(ctx.directory);
  const m = new RegExp(`组织(?:了)?[\\s\\u0000]*(${index.surfaces.source})(?:的)?(?:全体|所有|全部)`).exec(rest);
  if (!m || !NO_SUBJECT_BEFORE.test(rest.slice(0, m.index))) return undefined;
  const dept = index.departmentBySurface.get(m[1]!);
  if (!dept) return undefined;
  const sender = ctx.directory.person(ctx.senderId);
  const ranked = sender?.roles.some((r) => r === 'secretary' || r === 'leader') ?? false;
  if (dept.headId === ctx.senderId || ranked) return {};
  if (sender?.departmentId === dept.id) return { actorId: dept.headId };
  const candidateIds = [...new Set([dept.headId, dept.supervisorId, ctx.senderId])].filter((id) => id !== '');
  return { problem: { code: 'missing_actor', candidateIds } };
}
