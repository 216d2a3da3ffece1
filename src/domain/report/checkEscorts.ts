// 「11月24日到财务科检查了作风纪律，王建国副理事长陪同」 · 「…来科里检查了专项资金使用情况，孙科长和我陪同」 (t45a F6, round 44):
// those named in a clause of their own as having gone along (陪同 · 陪着 · 随同) on a check took part in the one check, its
// doer's; they were dropped without a word. They are named on the card with the others who went along.
import type { ParseContext } from './draft.js';
import { namedPeople } from './namedPeople.js';

/** A clause of its own: who, maybe 也/全程/一起, then 陪同/陪着/随同 (检查/参加) and the clause's end. */
const ESCORT_CLAUSE = /(?:^|[,，;；。])[\s\u0000]*([^,，;；。!?！？\n]{1,24}?)(?:也|都)?(?:全程|一起|一同)*(?:陪同|陪着|随同)(?:检查|参加|前往)?了?[\s\u0000]*(?=$|[,，;；。!?！？\n])/g;
/** 和我 · 及我 · 我和…: the sender among those who went along. */
const ME = /(?:^|[和与及、])我(?=$|[和与及、])/;

/**
 * The directory ids of those `text` names in a clause of their own as having gone along on a check (the sender for 我), in
 * order; empty when none, or when a name is unsure (then nothing is said rather than a guess).
 */
export function checkEscorts(text: string, ctx: ParseContext): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(ESCORT_CLAUSE)) {
    const words = m[1]!;
    const mine = ME.test(words);
    const others = words.replace(/(?:^|[和与及、])我(?=$|[和与及、])/g, '').replace(/^[和与及、]|[和与及、]$/g, '');
    const named = others === '' ? [] : namedPeople(others.replace(/^[\u4e00-\u9fa5]{2,6}(?:部|科|室|中心)(?=[\u4e00-\u9fa5]{0,4}(?:主任|部长|科长))/, '').replace(/^(?:主任|部长|科长|副部长|副科长|副主任)/, ''), ctx);
    if (named === undefined) continue;
    ids.push(...named, ...(mine ? [ctx.senderId] : []));
  }
  return [...new Set(ids)];
}
