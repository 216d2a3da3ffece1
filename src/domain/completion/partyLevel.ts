// Whether a record is the 党组's own activity or a 科室/中心's own: only the former counts toward a 党组 (party_group) duty.
import type { Activity } from '../activity.js';
import type { Directory, Role } from '../organization.js';

/**
 * Roles whose activities are the 党组's: the secretary and 班子成员 act for the 党组 (seed 001 三(一)(二)(三)), and the
 * 机关纪委/纪检 officers carry out its checks (000 三(一) 专项资金检查, 001 三(一)5 监督检查).
 */
const PARTY_ROLES: readonly Role[] = ['secretary', 'leader', 'inspector'];

/**
 * True when the record counts at 党组 level: its doer (actorId) held a 党组 or 纪检 role on its day. A 科室/中心
 * head's or member's own 专题会议, 学习 or 观影 is the department's activity, not the 党组's 专题研究 or 教育 (seed 001
 * 三(一) puts 专题会议 and 「教育活动全年不少于4次」 on the 党组班子, 三(四) gives the 科室 their own duties): t48b O1,
 * where 何平's 康复中心 专题会议 filled 党组专题研究（下半年） beside 张伟's one 党组会. A doer the directory does not
 * know is counted, as before: nothing tells it is a department's. A 专题会议 another body held (meetingBody: 机关党委 ·
 * 机关纪委 · 党支部 · 理事长办公会; round 53, t55b F3) is never the 党组's, whoever chaired it.
 */
export function isPartyLevel(directory: Directory, activity: Pick<Activity, 'actorId' | 'date' | 'meetingBody'>): boolean {
  // 赵敏's 机关党委会议 (round 53, t55b F3): a meeting another body held is that body's, whoever chaired it.
  if (activity.meetingBody !== undefined) return false;
  // Roles as of the record's day: a head promoted to 班子 since did not hold that 专题会议 for the 党组.
  if (directory.dated) return partyDoer(directory.asOf(activity.date), activity.actorId);
  // Undated, the answer is the doer's alone: asked once per doer (issue 14: the year's card at 100,000 records asked it
  // of every record, twice, and its p99 went from ~14 to ~23–30 ms).
  let known = byDoer.get(directory);
  if (!known) byDoer.set(directory, (known = new Map()));
  let party = known.get(activity.actorId);
  if (party === undefined) known.set(activity.actorId, (party = partyDoer(directory, activity.actorId)));
  return party;
}

/**
 * isPartyLevel for many records of one directory: the directory's answers looked up once, not per record (the year's
 * card walks every record of the 党组 duties' types in the year, ~7,000 at 100,000 records).
 */
export function partyLevelTest(directory: Directory): (activity: Pick<Activity, 'actorId' | 'date' | 'meetingBody'>) => boolean {
  if (directory.dated) return (activity) => activity.meetingBody === undefined && partyDoer(directory.asOf(activity.date), activity.actorId);
  let known = byDoer.get(directory);
  if (!known) byDoer.set(directory, (known = new Map()));
  const doers = known;
  return (activity) => {
    if (activity.meetingBody !== undefined) return false;
    let party = doers.get(activity.actorId);
    if (party === undefined) doers.set(activity.actorId, (party = partyDoer(directory, activity.actorId)));
    return party;
  };
}

/** Per directory (a reload makes a new one), whether each doer asked about so far is the 党组's. */
const byDoer = new WeakMap<Directory, Map<string, boolean>>();

function partyDoer(directory: Directory, actorId: string): boolean {
  const doer = directory.person(actorId);
  return !doer || doer.roles.some((r) => PARTY_ROLES.includes(r));
}
