// 王部长说他昨天跟赵书记谈过了 from 杨帆, a clerk of 王磊's (round 30g §9, B9): the talk was read as 王磊's with 赵敏, who
// supervises 王磊's department, and after the type answer the card said 王磊>赵敏. Between a head and the leader above him
// the leader holds the talk, as superiorHolds already reads it when the sender is the one below; the same holds when
// both are third parties the sender tells of.
import { HELD_FROM_ABOVE, isSuperiorOf, senderSoughtTalk } from './superiorHolds.js';
import { saysWhoWasTalkedTo } from './addressedTalk.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** Open questions that leave who held the talk plain: the day, and the kind of talk (谈过了 names no kind). */
const STILL_PLAIN = new Set<string>(['missing_date', 'future_date', 'ambiguous_year', 'weekday_conflict', 'missing_type']);

/** A talk or a signing written in the message, for records whose type is still asked. */
const TALK_OR_SIGNING = /谈|签/;

/**
 * Talks and signings another person (not the sender) is read to hold with one counterpart who stands directly above them in
 * the directory's chain (see `isSuperiorOf`), turned round: the superior holds them, the doer read first is the one talked or
 * signed with, and a remark says why. A record whose type is still asked is turned when the message speaks of a talk or
 * signing (谈/签), since every type the question offers is held from above. Left unchanged: the sender's own records (see
 * superiorHolds), records asked anything but the day or type, records with more or fewer than one counterpart, and messages
 * where the one below sought the talk (找/约/请/向 the superior, 主动/专门/特意) or talked to them (对/向X进行了…谈话). Such records are another's, so a 确认 card
 * shows them either way.
 */
export function withDoersSuperiorHolding(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  return reports.map((r) => {
    const d = r.draft;
    if (d.actorId === undefined || d.actorId === ctx.senderId || d.counterpartIds.length !== 1) return r;
    const typed = d.type !== undefined ? HELD_FROM_ABOVE.has(d.type) : TALK_OR_SIGNING.test(text);
    if (!typed || r.problems.some((p) => !STILL_PLAIN.has(p.code))) return r;
    const upper = d.counterpartIds[0]!;
    if (upper === ctx.senderId || !isSuperiorOf(ctx.directory, upper, d.actorId)) return r;
    const upperName = ctx.directory.person(upper)?.name ?? '';
    const lowerName = ctx.directory.person(d.actorId)?.name ?? '';
    // 徐辉副主任对中心主任进行了廉政谈话 (round 43): 对/向 the superior says the one below held it.
    if (upperName === '' || senderSoughtTalk(text, upperName) || saysWhoWasTalkedTo(text)) return r;
    const deed = d.type === 'pledge_sign' ? '签订' : d.type === undefined && !/谈/.test(text) ? '签订' : '谈话';
    return {
      ...r,
      draft: { ...d, actorId: upper, counterpartIds: [d.actorId] },
      // 谈话人为王磊（代为上报） and 按王磊的活动记录 said the reading now turned round; the card must not say both.
      remarks: [...r.remarks.filter((m) => !m.includes(`谈话人为${lowerName}`) && !m.includes(`按${lowerName}的活动记录`)), `${upperName}是${lowerName}的上级，按${upperName}与${lowerName}的${deed}记录（记在${upperName}名下）`],
      reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
    };
  });
}
