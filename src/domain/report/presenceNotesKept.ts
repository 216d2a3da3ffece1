// 「吴晶就是吴静 也跟她一起谈的」 on a card (round 64, gda; gch's and t66a B-F9's finding): the card got 吴静 as one talked to,
// and still said 「如也和吴静谈了，请点「修改」加上」 and 「吴静是一同参加的，未记为对象」; after the member answered whom 陈志强's
// talk was with, 「按陈志强的活动记录，消息没有说与您进行」 stayed. The notes of who was there, who may have held it and whom a
// deed was with are questions or readings of the first parse: each is kept only while the card's records still bear it out.
import type { ReportDraft } from './draft.js';

/** companionsApart: 「如也和孙丽、吴静谈了，请点「修改」加上；只是在场的，确认即可」; group 1 the names. */
const MAYBE_TALKED = /^如也和(.+?)谈了，请点「修改」加上；只是在场的，确认即可$/;
/** companionsApart: 「「孙丽也一起」：孙丽是一同参加的，未记为对象」; group 1 the words quoted, group 2 the names. */
const CAME_ALONG = /^(「.+」)：([^：]+?)是一同参加的，未记为对象$/;
/** companionsApart: 「按您主谈记录；如是赵敏主谈，请点「修改」改活动人」; group 1 the names. */
const MAY_LEAD = /^按您主谈记录；如是(.+?)主谈，请点「修改」改活动人$/;
/** absentFromGroup: 「「李明不在」：李明不在场，没有记入这次谈话」; group 1 the names. */
const NOT_THERE = /^「.+」：(.+?)不在场，没有记入这次(?:谈话|签订)$/;
/** subjectHoldsTalk / superiorAsSubject: 「按陈志强的活动记录，消息没有说与您进行」; group 1 the doer's name. */
const NOT_WITH_YOU = /^按(.+?)的活动记录，消息没有说与您进行$/;
/** unlistedPresentNames: 「「财务科吴晶」：财务科没有吴晶，是不是康复部的吴静？未记入…」; group 1 the one offered. */
const OFFERED_ELSEWHERE = /^「[^」]+」：\S+?没有\S+?，是不是\S+?的([\u4e00-\u9fa5]{2,4})？未记入/;

/**
 * `remarks` with each note about a person that the card's records `drafts` now answer taken out or narrowed: a 如也和X谈了
 * or 「X是一同参加的」 note loses every X now talked to (the note goes when none is left); 「如是X主谈」 goes once X does a
 * record; 「X不在场」 goes once X is talked to; 「按X的活动记录，消息没有说与您进行」 goes once X does no record, or each of X's
 * records has its people (the 和谁 question answered); 「…是不是…的X？未记入」 goes once X is talked to. Every other remark is
 * kept as it is, in order. `senderId` is the doer of a draft with no actorId; `nameOf` gives a person's name by id.
 */
export function presenceNotesKept(remarks: readonly string[], drafts: readonly ReportDraft[], senderId: string, nameOf: (id: string) => string | undefined): string[] {
  const named = (ids: readonly string[]) => new Set(ids.map((id) => nameOf(id)).filter((n): n is string => n !== undefined));
  const talkedTo = named(drafts.flatMap((d) => d.counterpartIds));
  const doers = named(drafts.map((d) => d.actorId ?? senderId));
  const stillOpen = (names: string) => names.split('、').filter((n) => !talkedTo.has(n) && !doers.has(n));
  return remarks.flatMap((m) => {
    const maybe = MAYBE_TALKED.exec(m);
    if (maybe) {
      const left = stillOpen(maybe[1]!);
      return left.length === 0 ? [] : [`如也和${left.join('、')}谈了，请点「修改」加上；只是在场的，确认即可`];
    }
    const along = CAME_ALONG.exec(m);
    if (along) {
      const left = stillOpen(along[2]!);
      return left.length === 0 ? [] : [`${along[1]}：${left.join('、')}是一同参加的，未记为对象`];
    }
    const lead = MAY_LEAD.exec(m);
    if (lead) return lead[1]!.split('、').some((n) => doers.has(n)) ? [] : [m];
    const away = NOT_THERE.exec(m);
    if (away) return away[1]!.split('、').some((n) => talkedTo.has(n)) ? [] : [m];
    const withYou = NOT_WITH_YOU.exec(m);
    if (withYou) {
      const theirs = drafts.filter((d) => d.actorId !== undefined && nameOf(d.actorId) === withYou[1]);
      return theirs.length === 0 || theirs.every((d) => d.counterpartIds.length > 0) ? [] : [m];
    }
    const offered = OFFERED_ELSEWHERE.exec(m);
    if (offered && talkedTo.has(offered[1]!)) return [];
    return [m];
  });
}
