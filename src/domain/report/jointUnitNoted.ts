// 林晓「11月24日赵敏书记会同办公室对康复中心开展了作风纪律检查」 (round 64, gdd; gcd's left-alone, asked who led): read now
// as 赵敏's check of 康复中心 (withJointLeaderCheck), the unit joined by 会同 neither the place checked nor people along. So
// that 办公室 is not dropped without a word, the card names it as a unit that went along.
import { isCheckType } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** 会同 · 联合 · 协同 (group 1), the units joined (group 2), then where the check went. */
const JOINED_UNITS = /(会同|联合|协同)[\s\u0000]*([\u4e00-\u9fa5、和及与]{2,24}?)[\s\u0000]*(?=对|到|赴|深入|前往)/g;
/** Between two units of a list. */
const UNIT_JOIN = /[、和及与]/;

/**
 * `reports` read from `text` (normalised, simplified) with a remark on each check record naming the units joined by
 * 会同/联合/协同 before where the check went (「会同办公室」：办公室一同参加检查…), when every word of the list is a department
 * of `directory` (name or alias). Unchanged when the text joins no unit so, or no record is a check.
 */
export function withJointUnitNoted(reports: ParsedReport[], text: string, directory: Directory): ParsedReport[] {
  if (!(text.includes('会同') || text.includes('联合') || text.includes('协同'))) return reports;
  if (!reports.some((r) => r.draft.type !== undefined && isCheckType(r.draft.type))) return reports;
  const names = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]);
  const units: string[] = [];
  let joiner = '';
  for (const m of text.matchAll(JOINED_UNITS)) {
    const listed = m[2]!.split(UNIT_JOIN).filter((u) => u !== '');
    if (listed.length === 0 || !listed.every((u) => names.includes(u))) continue;
    units.push(...listed.filter((u) => !units.includes(u)));
    joiner ||= m[1]!;
  }
  if (units.length === 0) return reports;
  const remark = `「${joiner}${units.join('、')}」：${units.join('、')}一同参加检查，不是被检查的部门，未另记`;
  return reports.map((r) => (r.draft.type !== undefined && isCheckType(r.draft.type) && !r.remarks.includes(remark) ? { ...r, remarks: [...r.remarks, remark] } : r));
}
