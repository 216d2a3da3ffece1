// 「本月共开展廉政教育2次：11月3日…，11月10日…，11月24日…」 · 「上周谈了三个人：周一和李明…，周三和孙丽…」 (round 45, frb: three
// records stored at once under a count of two, two talks under a count of three people, the difference never said): the
// items are recorded as written and a count that does not match them is told on the card, never trimmed or padded.
import { activityTypeName, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import { leadOverDatedItemsOf } from './leadOverDatedItems.js';
import { countedLeadOf } from './countedLeadOverItems.js';
import type { ParsedReport } from './draft.js';
import { countedLeadOfKind } from './countedLeadOfKind.js';
import { countDiffers } from './countDiffers.js';

/**
 * `reports` (null: no report, returned as it is) with a remark on the first and 'leftover' (shown for a tap) when `text` opens a line with a counted lead over
 * dated items (部里学了两次：… · 本月共开展廉政教育2次：… · 谈了三个人：…) whose count is not the number of items it heads (of
 * people: of those talked with); `reports` itself otherwise, or when a record is already asked its day (the count's
 * missing deed is then asked for).
 */
export function withCountedLeadMismatch(reports: ParsedReport[] | null, text: string, names: readonly string[]): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const own = countedLeadOf(text, names) ?? countedLeadOfKind(text);
  const lead = own ?? leadOverDatedItemsOf(text, names);
  if (lead === undefined) return reports;
  // 本月警示教育2次，其中…观看警示教育片…；…讲授廉政党课 (round 62, gba; t64a): the count matches, the kinds do not: said too.
  const kinds = own === undefined ? leadOverDatedItemsOf(text, names)?.kinds ?? [] : [];
  const talked = new Set(reports.filter((r) => r.draft.type !== undefined && isTalkType(r.draft.type)).flatMap((r) => r.draft.counterpartIds)).size;
  const listed = lead.people ? talked : lead.items;
  if (reports.some((r) => r.problems.some((p) => p.code === 'missing_date'))) return reports;
  if (listed === lead.count) return kinds.length === 1 ? withOtherKindsNoted(reports, lead.said, kinds[0]! as ActivityTypeCode) : reports;
  const remark = countDiffers(lead.said, listed, '', lead.people ? '人' : '项');
  const [first, ...rest] = reports;
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...rest];
}

/**
 * `reports` with a remark on the first and 'leftover' when some records are of a kind other than `kind`, the one kind the
 * lead `said` counts (本月警示教育2次 over a 警示教育 and a 廉政党课): the count matched by number, not by kind.
 */
function withOtherKindsNoted(reports: ParsedReport[], said: string, kind: ActivityTypeCode): ParsedReport[] {
  // 廉政教育 names every education (a 警示教育 or a 党课 is one of them): only a narrower lead is weighed by kind.
  const other = reports.filter((r) => r.draft.type !== undefined && r.draft.type !== kind && !(kind === 'edu_integrity' && r.draft.type.startsWith('edu_')));
  if (other.length === 0 || other.length === reports.length) return reports;
  const names = [...new Set(other.map((r) => activityTypeName(r.draft.type!)))].join('、');
  const remark = `「${said}」下列出的${reports.length}项中有${other.length}项是${names}，不是${activityTypeName(kind)}，已按各项所写记录，请核对`;
  const [first, ...rest] = reports;
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...rest];
}
