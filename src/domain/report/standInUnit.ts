// 王强「孙科长这两天不在，12月1日的廉政教育是我替她组织的，…参加4人。」 (round 57, fef; t59b F6: stored as 王强's with no
// department): the sender standing in for their unit's head held the unit's teaching, so it is the unit's, as the head's
// own would be. The stand-in words are gone by the time a clause is read (withStandInPlain), so this reads the message.
import type { ParseContext, ParsedReport } from './draft.js';
import { senderStoodInForHead } from './standIn.js';

/**
 * `reports` with each teaching (edu_*) the sender did, at no department, put at the sender's department when `text` says the
 * sender stood in for someone of it (senderStoodInForHead) and the sender is not its head; `reports` itself otherwise.
 */
export function withStandInUnit(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const dept = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!dept?.headId || dept.headId === ctx.senderId || !senderStoodInForHead(text)) return reports;
  return reports.map((r) =>
    r.draft.type?.startsWith('edu_') && (r.draft.actorId === undefined || r.draft.actorId === ctx.senderId) && r.draft.departmentId === undefined
      ? { ...r, draft: { ...r.draft, departmentId: dept.id } }
      : r,
  );
}
