// …参观了市廉政教育基地。刘芳副理事长带队参加。: a closing sentence naming who led it gives the activity its doer.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** A sentence of its own: a name, perhaps a title, then 带队 (参加/前往/出席) and nothing else. */
const LED_SENTENCE = /(?:^|[。!?\n;；])\s*([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?(?:亲自)?(?:带队|率队|带领大家)(?:参加|前往|参观|出席|活动)?\s*(?:[。!]|$)/g;

/**
 * Records with no doer but the sender (not talks, nor anything done with someone named) given to the person a closing
 * sentence says led it (round 20u L14: a joint visit of 组联部 and 康复部 recorded as the 宣文部 clerk's, 「刘芳副理事长带队
 * 参加。」 after it). Shown for 确认 as someone else's. Unchanged when no such sentence names one person of the directory.
 */
export function withLeaderInTrailer(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const named = [...text.matchAll(LED_SENTENCE)].flatMap((m) => ctx.directory.org.people.filter((p) => p.name === m[1]));
  const leader = named.length === 1 ? named[0]! : undefined;
  if (!leader || leader.id === ctx.senderId) return reports;
  return reports.map((r) => {
    if (r.draft.actorId !== undefined || r.draft.type === undefined || isTalkType(r.draft.type) || r.draft.counterpartIds.length > 0 || r.problems.length > 0) return r;
    return {
      ...r,
      draft: { ...r.draft, actorId: leader.id },
      remarks: [...r.remarks, `按带队的${leader.name}的活动记录（代为上报）`],
      reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
    };
  });
}
