// 王芳「11月27日张书记主持召开党组会议，会后与李明进行了谈话」 (round 43 fpd, beside the silent drops: the 党组会议 of no kind
// gives no record, so the talk after it lost 张书记 and read as the sender's own, her talk with 李明 once its kind was
// answered): a sitting someone chaired names the subject the clauses after it go on with, as a visit does (visitSubject).
import { parseActor } from './parseActor.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { ParseContext } from './draft.js';

/** 主持召开党组会议 · 主持召开了…专题会 · 主持会议: someone chaired a sitting. */
// 参加了张书记主持召开的党组会议 (a near-miss): the sender attended; the clauses after are the sender's own.
const CHAIRED = /主持(?:召开)?了?[^,;。!?]{0,16}?(?:会议|会)/;
const ATTENDED = /参加|出席|列席|参会|旁听/;

/** 会后 · 随后 · 会上 · 散会后 · 会议结束后: a clause going on from the sitting before it (the chair its doer). */
export const AFTER_SITTING = /^[\s\u0000,，]*(?:会后|会上|随后|随即|紧接着|接着|散会后|会议结束后|会议期间)/;

/**
 * The directory id of the one a clause says chaired a sitting (`piece` as written, its day not masked), when it is someone
 * other than the sender; undefined when the clause tells of no chaired sitting or names no one.
 */
export function chairOfSitting(piece: string, ctx: ParseContext, today: string): string | undefined {
  if (!CHAIRED.test(piece) || ATTENDED.test(piece)) return undefined;
  const { rest } = parseDay(arabicizeNumerals(piece), today);
  const found = parseActor(rest, ctx, false, false);
  return found.actorId !== undefined && found.actorId !== ctx.senderId ? found.actorId : undefined;
}
