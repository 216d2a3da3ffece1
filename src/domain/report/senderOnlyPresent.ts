// 赵敏「今天和王磊谈心 我只是在场」 (round 63, gcc; gbj's left-alone, t65a: stored at once as 赵敏's talk with 王磊, 我只是在场
// dropped without a word): the sender says they were only there — never the one who held the talk. With no one else named
// as its doer, who held it is asked (the counterpart's leaders offered); a doer the message names keeps the record theirs.
import type { ParseContext, ParsedReport } from './draft.js';
import { isTalkType } from '../activityTypes.js';

/** 我只是在场 · 本人仅陪同 · 我就是旁听 · 我只是做记录 · 我只在旁边: the sender only there (group 0, as written). */
const ONLY_THERE = /(?:我|本人)(?:只是|就是|只|仅|仅仅是?|主要是)(?:在场|陪同|陪着|旁听|列席|在旁边|在一旁|做记录|记录|去听了?听?|参加|跟着)(?:了|的|一下|而已)*/;
/** The cheap gate: every shape holds one of these. */
const GATE = /只|仅|就是|主要是/;

/**
 * `reports` with the sender's own talk (no `actorId`) asked its doer when the message says the sender was only there:
 * a missing_actor problem offering the counterparts' supervisors, heads and the secretary (never the sender or the one
 * talked to), and a remark saying why. Reports with a doer named, of another kind, or `null` come back as they were.
 */
export function withSenderOnlyPresent(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || !GATE.test(text)) return reports;
  const said = ONLY_THERE.exec(text);
  if (!said) return reports;
  const remark = `「${said[0]}」：您不是谈话人，这次谈话不记在您名下；请说明是谁谈的`;
  return reports.map((r) => {
    // 杨帆「今天和王磊谈心谈话 我只是陪同」: read as his head's talk with him (the direction rule) — but the sender was only
    // there, so 王磊 is the one talked to and who held it is asked.
    const actor = r.draft.actorId === undefined ? undefined : ctx.directory.person(r.draft.actorId);
    if (actor && r.draft.counterpartIds.includes(ctx.senderId) && ['和', '跟', '与', '同'].some((w) => text.includes(w + actor.name))) {
      const { actorId: _flipped, ...rest } = r.draft;
      r = { ...r, draft: { ...rest, counterpartIds: [actor.id] }, remarks: r.remarks.filter((m) => !m.includes('是您的上级')), reasons: (r.reasons ?? []).filter((x) => x !== 'direction') };
    }
    if (r.draft.actorId !== undefined || r.draft.type === undefined || !(isTalkType(r.draft.type) || r.draft.type === 'pledge_sign')) return r;
    if (r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor')) return r;
    const candidateIds = doersOffered(r.draft.counterpartIds, ctx);
    return { ...r, problems: [...r.problems, { code: 'missing_actor' as const, candidateIds }], remarks: [...r.remarks, remark] };
  });
}

/** Who may have held a talk with `counterpartIds` (ids): their departments' supervisors and heads, then the secretary; never the sender or one talked to. */
export function doersOffered(counterpartIds: string[], ctx: ParseContext): string[] {
  const out: string[] = [];
  const add = (id: string | undefined) => {
    if (id && id !== ctx.senderId && !counterpartIds.includes(id) && !out.includes(id)) out.push(id);
  };
  for (const id of counterpartIds) {
    const dept = ctx.directory.department(ctx.directory.person(id)?.departmentId ?? '');
    add(dept?.supervisorId);
    add(dept?.headId);
  }
  add(ctx.directory.secretary()?.id);
  return out;
}
