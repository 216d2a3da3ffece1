// The card's word on what a 党组 duty did not count: the 科室/中心's own activities of its types (t48b O1).
import type { Activity } from '../activity.js';
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { ActivityIndex, DateRange } from './activityIndex.js';
import { isPartyLevel } from './partyLevel.js';
import type { CompletionLine } from './types.js';

function departmentOf(directory: Directory, a: Activity): string {
  const id = a.departmentId ?? directory.person(a.actorId)?.departmentId;
  return (id && directory.department(id)?.name) || '其他';
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
  for (const line of lines) {
    const duty = duties.find((d) => d.id === line.dutyId);
    if (!duty || !duty.responsible.includes('party_group') || seen.has(duty.id)) continue;
    seen.add(duty.id);
    const range = { start: line.period.start > view.start ? line.period.start : view.start, end: line.period.end < view.end ? line.period.end : view.end };
    if (range.start > range.end) continue;
    const left = index.ofType(duty.types, range).filter((a) => !a.deletedAt && !isPartyLevel(directory, a));
    if (left.length === 0) continue;
    const byDepartment = new Map<string, number>();
    for (const a of left) byDepartment.set(departmentOf(directory, a), (byDepartment.get(departmentOf(directory, a)) ?? 0) + 1);
    const whose = [...byDepartment].map(([name, n]) => `${name}${n}次`).join('、');
    parts.push(`「${duty.name}」${left.length}次（${whose}）`);
  }
  if (parts.length === 0) return [];
  return [`党组层面的事项只计党组书记、班子成员和纪检干部牵头开展的活动；科室、中心自行开展的未计入党组：${parts.join('；')}，仍在台账中。`];
}
