// 11月23日主持召开…会议，会后分别与王磊、杨帆谈心谈话，11月27日又到康复中心召开同样的会议 (round 30g, A20: the talks were
// repeated on 11-27, or the meeting dropped): a deed done again is the one its noun names (同样的会议 is the meeting), which
// need not be the clause just before it.
import type { ActivityTypeCode } from '../activityTypes.js';
import { isTalkType } from '../activityTypes.js';
import { MEETING_TYPES } from './parseKindPatterns.js';
import type { ParsedReport } from './draft.js';

/** 同样的会议 · 一样的活动 · 相同的检查: the noun of the deed done again. */
const SAME_NOUN = /(?:同样|一样|相同|类似)的?(会议|会|活动|学习|教育|检查|督查|谈话)/;

/** Which reported types each noun names; 活动 is any deed that is no talk or signing (those are with someone). */
function fits(noun: string, type: ActivityTypeCode | undefined): boolean {
  if (type === undefined) return false;
  if (noun === '会议' || noun === '会') return MEETING_TYPES.has(type);
  if (noun === '学习' || noun === '教育') return type.startsWith('edu_');
  if (noun === '检查' || noun === '督查') return type.startsWith('inspect_') || type === 'pledge_check';
  if (noun === '谈话') return isTalkType(type);
  return !isTalkType(type) && type !== 'pledge_sign';
}

/**
 * The reports a clause saying a deed again (又…召开同样的会议) repeats: of `earlier` (the reports of each clause before
 * it in the entry, in order, the last one last), the last clause's whose types its noun names; the last clause's when
 * it names no noun; undefined when it names one that no clause before it fits (the caller asks, never guesses).
 */
export function repeatedDeed(clause: string, earlier: readonly ParsedReport[][]): ParsedReport[] | undefined {
  const noun = SAME_NOUN.exec(clause)?.[1] ?? (CHECK_VERB.test(clause) ? '检查' : undefined);
  if (noun === undefined) return onFirstDay(earlier.at(-1));
  return onFirstDay([...earlier].reverse().find((reports) => reports.length > 0 && reports.every((r) => fits(noun, r.draft.type))));
}

/**
 * `reports` without the copies of one deed on the later days of a list: the same type, doer and people as a record of
 * the first one's day. 11.3、11.17分别组织学习，11.24又组织了一次 (round 44, fqd kind 4: two records on 11-24) is one
 * study done again, never one per day listed before it; two people talked to on one day are both talked to again.
 */
function onFirstDay(reports: ParsedReport[] | undefined): ParsedReport[] | undefined {
  if (reports === undefined || reports.length < 2) return reports;
  const day = reports[0]!.draft.date;
  const first = reports.filter((r) => r.draft.date === day);
  const same = (a: ParsedReport['draft'], b: ParsedReport['draft']) => a.type === b.type && a.actorId === b.actorId && a.counterpartIds.join() === b.counterpartIds.join();
  return reports.filter((r) => r.draft.date === day || !first.some((f) => same(f.draft, r.draft)));
}

/**
 * 周三又到康复中心检查 after a 党组会议 (round 36, t36a F2's kin: a second 专题会议 on the card): the check verb names the deed
 * done again as 同样的检查 would; with no check before it, the caller asks its type.
 */
const CHECK_VERB = /又[^,;。!?]{0,12}?(?:检查|督查|抽查|巡查|暗访)/;
