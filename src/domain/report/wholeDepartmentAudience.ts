// 组织办公室全体人员学习… with no one named before it: the department's activity, whose doer depends on who sends it.
import type { ParseContext, ReportProblem } from './draft.js';
import { directoryIndex, type DirectoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';
import { isDeputyHead } from './deputyHead.js';

/** Nothing before the 组织 but a break, a day (masked) or a time of day: no subject of its own. */
const NO_SUBJECT_BEFORE = /(?:^|[,;。!?:\n])[\s\u0000]*(?:上午|下午|晚上|今天|昨天)?[\s\u0000]*$/;

/** 科室全体 · 全科人员 · 部门党员: the sender's own department, named without its name. */
const OWN_UNIT = '(?:本|我们|我们的)?(?:科室|部门|科里|部里|室里|中心|全科|全室|全部门|全中心)(?:的)?(?:(?:全体|所有|全部)|(?=人员|同志|干部|党员|职工))';
/** 全体人员 · 全体党员 · 大家: everyone, of no department named. */
const EVERYONE = '全体|所有人|全员|大家';

/** 组织 + a department (or the sender's own unit, or everyone) + 全体…, built once per directory. */
const audiencePattern = oncePer(
  (index: DirectoryIndex): RegExp =>
    new RegExp(`组织(?:了)?[\\s\\u0000]*(?:(${index.surfaces.source})(?:的)?(?:全体|所有|全部)|(${OWN_UNIT})|(${EVERYONE}))`),
);

export interface AudienceDoer {
  actorId?: string;
  problem?: ReportProblem;
}

/**
 * A subjectless 组织<部门>全体… (day, type and titles masked in `rest`), sent by someone who is no leader (a deputy head is a member): the sender's own
 * when they head that department; its head's (shown on the card) when the sender is one of its members (a deputy head of
 * it asked whose, the head then the deputy: round 45, t48a F1); asked whose when
 * the sender is outside it, or when no department is named (组织全体党员…: the department's or the whole unit's), the
 * sender's head first. Round 14: 王芳 (办公室科员) 「组织办公室全体人员学习《…》」 was stored at once as hers.
 * Undefined when the shape is not there or the sender leads.
 */
export function wholeDepartmentAudience(rest: string, ctx: ParseContext): AudienceDoer | undefined {
  const index = directoryIndex(ctx.directory);
  const sender = ctx.directory.person(ctx.senderId);
  // A deputy head (副主任, 副科长) is one of the department's members here (round 36, ffc: it was theirs at once, while the
  // department's 集中学习 from the same deputy went to the head): the head's, on the card; 我组织… stays theirs.
  if (sender === undefined || sender.roles.some((r) => r === 'secretary' || r === 'leader')) return undefined;
  const m = audiencePattern(index).exec(rest);
  if (!m || !NO_SUBJECT_BEFORE.test(rest.slice(0, m.index))) return undefined;
  const own = sender.departmentId !== undefined ? ctx.directory.department(sender.departmentId) : undefined;
  const dept = m[1] !== undefined ? index.departmentBySurface.get(m[1]) : own;
  if (!dept || dept.headId === ctx.senderId) return undefined;
  // A head of another department, or an inspector (纪委 teaches the whole unit), organising 全体…: their own, as before.
  if (m[3] !== undefined && (ctx.directory.headedBy(ctx.senderId).length > 0 || sender.roles.includes('inspector'))) return undefined;
  if (m[3] !== undefined) {
    const leaders = ctx.directory.org.people.filter((p) => p.roles.includes('secretary') || p.roles.includes('leader')).map((p) => p.id);
    return { problem: { code: 'missing_actor', candidateIds: [...new Set([dept.headId, ...leaders, ctx.senderId])] } };
  }
  // t48a F1: a deputy head organising their own department's people may well have held it: asked, the head then the deputy.
  if (sender.departmentId === dept.id && isDeputyHead(sender)) return { problem: { code: 'missing_actor', candidateIds: [dept.headId, ctx.senderId] } };
  if (sender.departmentId === dept.id) return { actorId: dept.headId };
  const candidateIds = [...new Set([dept.headId, dept.supervisorId, ctx.senderId])].filter((id) => id !== '');
  return { problem: { code: 'missing_actor', candidateIds } };
}
