// The card's word on what a 党组 duty did not count: the 科室/中心's own activities of its types (t48b O1).
import type { Activity } from '../activity.js';
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { ActivityIndex, DateRange } from './activityIndex.js';
import { partyLevelTest } from './partyLevel.js';
import { MEETING_BODIES, meetingBodyName } from '../meetingBody.js';
import type { CompletionLine } from './types.js';

function departmentOf(directory: Directory, a: Activity): string {
  // 赵敏's 机关党委会议 (round 53, t55b F3): a meeting another body held is named by that body, not 其他.
  if (a.meetingBody !== undefined) return meetingBodyName(a.meetingBody);
  const id = a.departmentId ?? directory.person(a.actorId)?.departmentId;
  return (id && directory.department(id)?.name) || '其他';
}

/**
 * What one index said for a duty, directory and range. An index answers the same for as long as it lives (the ledger's
 * is made anew for every change of the store: src/store/createLedgerIndex.ts), so a year's card, which walks every
 * record of the 党组 duties' types in the year (~7,000 at 100,000 records), walks them once per state of the ledger.
 */
const said = new WeakMap<object, WeakMap<Directory, WeakMap<Duty, Map<string, string | null>>>>();

function leftOutOf(
  index: Pick<ActivityIndex, 'ofType'>,
  directory: Directory,
  duty: Duty,
  range: DateRange,
  partyLevel: (a: Activity) => boolean,
): string | null {
  let byDirectory = said.get(index);
  if (!byDirectory) said.set(index, (byDirectory = new WeakMap()));
  let byDuty = byDirectory.get(directory);
  if (!byDuty) byDirectory.set(directory, (byDuty = new WeakMap()));
  let byRange = byDuty.get(duty);
  if (!byRange) byDuty.set(duty, (byRange = new Map()));
  const key = `${range.start}|${range.end}`;
  const known = byRange.get(key);
  if (known !== undefined) return known;
  // One pass, nothing copied but the index's own list.
  let left = 0;
  const byDepartment = new Map<string, number>();
  for (const a of index.ofType(duty.types, range)) {
    if (a.deletedAt || partyLevel(a)) continue;
    left++;
    const name = departmentOf(directory, a);
    byDepartment.set(name, (byDepartment.get(name) ?? 0) + 1);
  }
  const sentence = left === 0 ? null : `「${duty.name}」${left}次（${[...byDepartment].map(([name, n]) => `${name}${n}次`).join('、')}）`;
  // Custom spans could each add one: a few are kept per duty.
  if (byRange.size >= 16) byRange.clear();
  byRange.set(key, sentence);
  return sentence;
}

/**
 * One sentence when some line of a 党组 (party_group) duty left out records of its types because a 科室/中心 held them
 * (partyLevel.ts), naming each such duty with how many and whose, within the line's period and the view; none when
 * nothing was left out. A 纪检 officer reading 「党组专题研究 1」 beside a 康复中心 专题会议 the member reported must see
 * it was not lost, only counted where it belongs (t48b O1: 何平's 专题会议 had made the 党组's 2).
 */
export function unitLevelLeftOut(
  lines: readonly CompletionLine[],
  duties: readonly Duty[],
  directory: Directory,
  index: Pick<ActivityIndex, 'ofType'>,
  view: DateRange,
): string[] {
  const parts: string[] = [];
  const seen = new Set<string>();
  const partyLevel = partyLevelTest(directory);
  for (const line of lines) {
    const duty = duties.find((d) => d.id === line.dutyId);
    if (!duty || !duty.responsible.includes('party_group') || seen.has(duty.id)) continue;
    seen.add(duty.id);
    const range = { start: line.period.start > view.start ? line.period.start : view.start, end: line.period.end < view.end ? line.period.end : view.end };
    if (range.start > range.end) continue;
    const said = leftOutOf(index, directory, duty, range, partyLevel);
    if (said) parts.push(said);
  }
  if (parts.length === 0) return [];
  // A body's own meeting among them (机关党委1次) is said as another body's, not a 科室's (round 53).
  const bodies = MEETING_BODIES.some((b) => parts.some((p) => p.includes(`${meetingBodyName(b)}`)));
  const whose = bodies ? '科室、中心和机关党委、机关纪委、党支部、理事长办公会自行召开或开展的' : '科室、中心自行开展的';
  return [`党组层面的事项只计党组书记、班子成员和纪检干部牵头开展的活动；${whose}未计入党组：${parts.join('；')}，仍在台账中。`];
}
