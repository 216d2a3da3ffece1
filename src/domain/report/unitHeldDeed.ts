// 林晓 (纪检干事)「…11月26日至27日，市残联举办廉政教育专题培训班，全体干部职工共58人参加…」 (round 48, t51b F7: recorded as
// the clerk's own, no note), and 王芳「市残联组织全体干部职工观看警示教育片…」 given to 李明, her head: an education the unit
// itself held (市残联/我会/本会 as its subject), no person named as its doer, is the unit's — answered for by the 党组书记 or
// whichever leader organised it — never the poster's nor the poster's department head's. Asked whose, as a 机关 study
// attended is (attendedUnitStudy), unless the sender is the 党组书记 (theirs) or says they organised it (我组织的).
// 党组书记张伟主持… (a doer named) and 市残联党组/机关党委/机关纪委… (a body, bodyAsDoer's) read as before.
import type { ParseContext, ReportProblem } from './draft.js';
import { saysSenderOrganised } from './senderOrganised.js';

/**
 * The unit as the subject of holding it: 市残联/我会/本会 opening a clause (the day masked before it allowed), then
 * 组织/举办/举行/开展/召开 — not 市残联党组…, 市残联机关党委…, nor a department of it (市残联办公室组织…).
 */
const UNIT_HELD =
  /(?:^|[,;。!?:\n])[\s\u0000]*(?:近日|日前|上午|下午)?[\s\u0000,]*(?:市残联|我会|本会)[\s\u0000]*(?:于[\s\u0000]*)?(?:统一|集中|专门)?(?:组织|举办|举行|开展|召开)/;

/**
 * Whose an education (`rest`: day, type and titles masked) is when the unit itself held it and no doer was read: a
 * `missing_actor` problem offering the 党组书记, the 机关党委书记, the other leaders, then the sender when a leader or a
 * 纪检 officer (who may have organised it). Undefined when the shape is not there, the sender is the 党组书记, or the
 * sender says they organised it.
 */
export function unitHeldDeed(rest: string, ctx: ParseContext): ReportProblem | undefined {
  if (!UNIT_HELD.test(rest) || saysSenderOrganised(rest)) return undefined;
  const sender = ctx.directory.person(ctx.senderId);
  if (sender === undefined || sender.roles.includes('secretary')) return undefined;
  const secretaries = ctx.directory.withRole('secretary').map((p) => p.id);
  const party = ctx.directory.org.people.filter((p) => p.title.includes('机关党委书记')).map((p) => p.id);
  const leaders = ctx.directory.withRole('leader').map((p) => p.id);
  const mayHaveHeld = sender.roles.some((r) => r === 'leader' || r === 'inspector') ? [ctx.senderId] : [];
  const candidateIds = [...new Set([...secretaries, ...party, ...leaders.filter((id) => id !== ctx.senderId), ...mayHaveHeld])];
  return { code: 'missing_actor', candidateIds };
}
