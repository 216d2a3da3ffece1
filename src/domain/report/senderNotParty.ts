// 王建国副理事长11月9日主持召开…会议。11月10日分别与李明、孙丽进行了廉政谈话 sent by 胡军 (issue 10 F1 of round 27: stored
// on the card as 李明>胡军): a message that tells another person's deeds and has no 我 in it is not the sender's account of a
// talk with their own superior, so the talk is never turned round onto the sender.
import type { ParseContext, ParsedReport } from './draft.js';
import { turnsTo } from './turnsToPerson.js';

/** 我 · 本人 · 咱: the sender written into the message. */
const SENDER_WORDS = /我|本人|咱/;

/**
 * Who else may have held `record`, a talk left without a doer in the message `text` (directory ids, other doers first):
 * when the text has no 我/本人 and not the sender's full name, the doers of the other `reports` and the people it names by full name besides the sender and
 * anyone a record of the message was held with. Empty when the text has 我 or names no one else: then the sender may well be a party.
 */
export function senderNotParty(record: ParsedReport, reports: readonly ParsedReport[], text: string, ctx: ParseContext): string[] {
  if (SENDER_WORDS.test(text)) return [];
  // 签订廉政承诺书（冯雪与赵磊） sent by 赵磊 (round 31g, F6: asked whose, and the answer 冯雪 not taken): the sender written
  // in by full name is as much a party as by 我.
  const own = ctx.directory.person(ctx.senderId)?.name;
  if (own !== undefined && own.length >= 2 && text.includes(own)) return [];
  // 集中学习廉政知识，11月26日与王磊进行了谈心谈话 from 杨帆 (round 36, ffc: asked whose, 王磊 or 杨帆): the study is 王磊's, but
  // the one the message turns to (与/和/跟/同 王磊) cannot have held the talk, so is no other party. 签订承诺书（冯雪） names no
  // one turned to: a clerk's 台账 line of the head's signing with someone else, still asked.
  const doers = reports.flatMap((r) => (r.draft.actorId !== undefined && r.draft.actorId !== ctx.senderId && !(record.draft.counterpartIds.includes(r.draft.actorId) && turnsTo(text, r.draft.actorId, ctx)) ? [r.draft.actorId] : []));
  const talkedWith = new Set([...record.draft.counterpartIds, ...reports.flatMap((r) => r.draft.counterpartIds)]);
  const named = ctx.directory.org.people.filter((p) => p.id !== ctx.senderId && !talkedWith.has(p.id) && text.includes(p.name)).map((p) => p.id);
  return [...new Set([...doers, ...named])];
}
