// 「第1条不是王强，是王建国」「不是和王强，是和张伟书记」 on a waiting card (round 35, issue 10): the person put in was only
// swapped in, so 李娟's talk with her 分管领导 would be stored as 李娟>王建国 at the head's department, while the same talk in a
// first message is 王建国>李娟 (superiorHolds). A person changed on a card is read as the first message would read it.
import type { ReportDraft } from './draft.js';
import { HELD_FROM_ABOVE } from './superiorHolds.js';

/** What a person change needs of the directory: who corrects, the chain above them, and people's departments. */
export interface PersonChangeContext {
  senderId?: string;
  /** Whether `upperId` stands anywhere above `lowerId` in the chain (superiorInChain's isAboveInChain). */
  superiorOf?(upperId: string, lowerId: string): boolean;
  /** The department of a person (none for a leader or the secretary), when known. */
  departmentOf?(personId: string): string | undefined;
}

/**
 * `d`'s department after its other party `fromId` became `toId`: a talk or signing is at its counterpart's department
 * (as parseSegment reads it), so a department that was `fromId`'s (or none) becomes `toId`'s (none for a leader); one of
 * its own (a venue: 到康复中心与…谈话) stays. Without `departmentOf`, or on other kinds, unchanged.
 */
export function departmentAfter(d: ReportDraft, fromId: string | undefined, toId: string, ctx: PersonChangeContext): ReportDraft {
  if (!ctx.departmentOf || !HELD_FROM_ABOVE.has(d.type ?? '') || d.departmentIds !== undefined) return d;
  const was = fromId === undefined ? undefined : ctx.departmentOf(fromId);
  if (d.departmentId !== undefined && d.departmentId !== was) return d;
  const { departmentId: _old, ...rest } = d;
  const now = ctx.departmentOf(toId);
  return now === undefined ? rest : { ...rest, departmentId: now };
}

/**
 * The draft with the other party of the member's talk or signing changed to `toId`. 陈静「和郑华进行了廉政谈话」 is held by
 * her head 郑华 (superiorHolds: 郑华>陈静), so 「刚才说错了，是和冯雪谈的」 replaces 郑华, the doer, not 陈静 (was: 郑华>冯雪, a
 * talk neither of them reported). The result is read as the first message would be: held by `toId` when `toId` stands
 * anywhere above the sender in the chain (`above`), else the sender's own with `toId`; at `toId`'s department when the
 * record was at the replaced person's. Without senderId/superiorOf, or on a record the sender is not part of, only the
 * counterpart changes.
 */
export function personChanged(d: ReportDraft, toId: string, ctx: PersonChangeContext): { draft: ReportDraft; above: boolean } {
  const sender = ctx.senderId;
  const other = d.counterpartIds.length === 1 ? d.counterpartIds[0] : undefined;
  if (sender === undefined || !ctx.superiorOf || !HELD_FROM_ABOVE.has(d.type ?? '')) return { draft: departmentAfter({ ...d, counterpartIds: [toId] }, other, toId, ctx), above: false };
  const own = d.actorId === undefined || d.actorId === sender;
  const heldBy = !own && other === sender;
  if (!own && !heldBy) return { draft: departmentAfter({ ...d, counterpartIds: [toId] }, other, toId, ctx), above: false };
  const { actorId: _old, ...rest } = d;
  const replaced = own ? other : d.actorId;
  if (ctx.superiorOf(toId, sender)) return { draft: departmentAfter({ ...rest, actorId: toId, counterpartIds: [sender] }, replaced, toId, ctx), above: true };
  return { draft: departmentAfter({ ...rest, counterpartIds: [toId] }, replaced, toId, ctx), above: false };
}

/**
 * Whether `d` is a talk or signing between the sender and `fromId` alone (the sender's own with `fromId`, or held by
 * `fromId` with the sender): 不是X，是Y on it replaces the other party as personChanged does.
 */
export function isSendersPair(d: ReportDraft, fromId: string, ctx: PersonChangeContext): boolean {
  const sender = ctx.senderId;
  if (sender === undefined || !HELD_FROM_ABOVE.has(d.type ?? '') || d.counterpartIds.length !== 1) return false;
  const own = (d.actorId === undefined || d.actorId === sender) && d.counterpartIds[0] === fromId;
  return own || (d.actorId === fromId && d.counterpartIds[0] === sender);
}
