// 黄志刚「11月17日林晓与张颖谈心谈话；11月26日组织警示教育，参加45人。」 (round 68, ghh; t71a F2: 「4. 警示教育…45人｜活动人：林晓」):
// the doer named last was carried across the ；/。 into the next clause, an activity organised for the unit (组织 · 开展 · 召开 ·
// 举办) that names no one. When the sender outranks that doer — the 机关纪委书记 over the 纪检干事, a head over their staff, a
// leader over the heads of the departments they supervise — the unit's activity is the sender's, as a 部长's is when a
// 科员 reports 郑部长11月12日和我谈话；11月19日组织部门观看… (there the carried doer outranks the sender, and still goes on).
import { checkRank } from './ownCompanion.js';
import { isAboveInChain } from './superiorInChain.js';
import type { ParseContext } from './draft.js';

/** The clause opens (after its day and time) with organising a unit's activity, never a talk or 会后/随后 going on. */
const ORGANISED = /^[\s\u0000,]*(?:(?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}[.．]\d{1,2}|[今昨前]天|(?:上|本|这)周[一二三四五六日天]|月底|月初|同日|当天)?(?:上午|下午|晚上)?[\s\u0000,，]*(?:还|又|另)?(?:组织|开展|召开|举办|举行)(?![^,;。]{0,8}谈)/;
/** The clause before ended a sentence or a ；-clause. */
const ENDED = /[;。][\s\u0000]*$/;

/**
 * Whether `piece`, a clause after `clauseBefore` in one entry, is an organised activity of the sender's own rather than of
 * `actorId`, the doer carried from the clause before: it opens with 组织/开展/召开/举办 naming no one, the clause before
 * ended with ； or 。 (undefined: the piece opens an entry, split from the one before at ；/。), and the sender outranks
 * the carried doer (in the chain, or a 书记 among the 纪检 officers).
 */
export function organisedAfterJunior(piece: string, clauseBefore: string | undefined, actorId: string | undefined, ctx: ParseContext): boolean {
  if (actorId === undefined || actorId === ctx.senderId) return false;
  if ((clauseBefore !== undefined && !ENDED.test(clauseBefore)) || !ORGANISED.test(piece)) return false;
  const sender = ctx.directory.person(ctx.senderId);
  const carried = ctx.directory.person(actorId);
  if (!sender || !carried) return false;
  if (isAboveInChain(ctx.directory, sender.id, carried.id)) return true;
  const inspectors = sender.roles.includes('inspector') && carried.roles.includes('inspector');
  return inspectors && checkRank(sender.id, ctx.directory) > checkRank(carried.id, ctx.directory);
}
