// 一、11月工作完成情况 ⏎ 2.11月18日，组织开展专项资金使用情况检查。 from 王芳, a 办公室科员 (round 47, fsf: stored as the
// clerk's own check): a member who heads nothing writing that a check was organised, no one named holding it and no 我, did
// not hold it; whose it was is asked.
import { isCheckType, type ActivityTypeCode } from '../activityTypes.js';
import { isDeputyHead } from './deputyHead.js';
import type { AudienceDoer } from './wholeDepartmentAudience.js';
import type { ParseContext } from './draft.js';

/**
 * 组织开展… · 组织了… · 组织对财务科… · 开展了…: the check organised, said with no subject (the clause opens with the verb,
 * perhaps after a day, a time of day or 还/另/同时).
 */
// 本月开展作风纪律检查2次（11月5日、11月19日） (round 69, gia: a summary's checks from a 科员 stored at once as hers): a
// period the clause opens with (本月 · 上月 · 11月份 · 近日) is no subject either.
const ORGANISED = /(?:^|[,;。!?:\n])[\s\u0000,]*(?:本月|上月|上个月|这个月|近日|日前|近期|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:上旬|中旬|下旬)?)?[\s\u0000,]*(?:还|另|另外|同时|此外|并)?[\s\u0000]*(?:组织(?:开展|进行|实施)?|开展|实施)了?/;

/** The sender says it was theirs (我 · 本人 · 我们 are the sender's team, still theirs to answer for). */
const OWN = /我|本人/;

/**
 * The doer of a check (`rest`: day, type and titles masked) that a member who is no 党组书记, leader or inspector and heads
 * no department writes as organised (组织开展… · 开展了…) with no subject and no 我: asked whose, their department's head
 * first, then the 纪检 officers and the leaders (a deputy head: the head, then the deputy). Undefined when the shape is
 * not there or the sender may well have held it; other readers have already read any doer named.
 */
export function clerkOrganisedCheck(code: ActivityTypeCode, rest: string, ctx: ParseContext): AudienceDoer | undefined {
  if (!isCheckType(code)) return undefined;
  const sender = ctx.directory.person(ctx.senderId);
  if (sender === undefined || sender.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector') || ctx.directory.headedBy(ctx.senderId).length > 0) return undefined;
  if (!ORGANISED.test(rest) || OWN.test(rest)) return undefined;
  const head = sender.departmentId !== undefined ? ctx.directory.department(sender.departmentId)?.headId : undefined;
  if (head !== undefined && isDeputyHead(sender)) return { problem: { code: 'missing_actor', candidateIds: [head, ctx.senderId] } };
  const people = ctx.directory.org.people;
  const inspectors = people.filter((p) => p.roles.includes('inspector')).map((p) => p.id);
  const leaders = people.filter((p) => p.roles.includes('secretary') || p.roles.includes('leader')).map((p) => p.id);
  const candidateIds = [...new Set([...(head !== undefined ? [head] : []), ...inspectors, ...leaders])].filter((id) => id !== ctx.senderId);
  return { problem: { code: 'missing_actor', candidateIds } };
}
