// 「不对，活动人是张伟书记」 on a card read as 王建国's talk (round 33b, F8: the card and the receipt kept 「注：谈话人为王建国
// （代为上报）」 while the record was 张伟's): a remark naming whose deed a record was read as goes with the records it names.
import { isTalkType } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';

/**
 * 谈话人为王建国（代为上报） · 按王建国的活动记录（代为上报） · 按带队的王建国的活动记录（代为上报） · 按陈志强的活动记录，消息没有说与您
 * 进行 (round 64, gdc: left on the card after 「是我找他谈的」 made the talk the member's): group 1 the doer names (、-joined).
 */
const DOER_REMARK = /^(?:谈话人为|按(?:带队的)?)(.+?)(?:的活动记录)?(?:（代为上报）|，消息没有说与您进行)$/;

/**
 * `remarks` less each one that names as doer someone who is no longer the doer of any of `drafts` (the doer changed,
 * or their record left out); every other remark kept, in order. 「谈话人为X」 speaks of a talk: it stays only while X does
 * one of the talks (t52a F7 tail: 「第2条谈话人是我 不是何平」 left 「谈话人为何平（代为上报）」 on the card and the receipt,
 * because 何平 still chaired the meeting of record 1). `nameOf` gives a person's name by id; a draft with no actorId is
 * the sender's, `senderId`.
 */
export function doerRemarksKept(remarks: readonly string[], drafts: readonly ReportDraft[], senderId: string, nameOf: (id: string) => string | undefined): string[] {
  const doersOf = (of: readonly ReportDraft[]) => new Set(of.map((d) => nameOf(d.actorId ?? senderId)).filter((n): n is string => n !== undefined));
  const doers = doersOf(drafts);
  // A talk's remark on a card with no type known yet stays with any doer: the type may still make it a talk.
  const talkDoers = doersOf(drafts.filter((d) => d.type === undefined || isTalkType(d.type)));
  return remarks.filter((m) => {
    const named = DOER_REMARK.exec(m)?.[1];
    const of = m.startsWith('谈话人为') ? talkDoers : doers;
    return named === undefined || named.split('、').every((n) => of.has(n));
  });
}
