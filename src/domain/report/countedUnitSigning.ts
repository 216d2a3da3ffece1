// t49b F5: 何平 「11月下旬完成与中心各岗位人员签订廉洁从业承诺书12份」 — staff signing their 承诺书 in bulk. The group
// word was not read (asked 和谁, the answer 「中心各岗位人员，共12人」 not taken), and when a unit's group word was read
// (中心全体职工签订…12份) the signing became the head's pairs with the 2 staff the demo roster holds, the 12 named in a
// note and not recorded. duties.md: a 责任书/承诺书 counts toward a duty only between the secretary and a leader or a
// leader and a supervised head; a unit's head with their own staff is no such pair. So a head's (or a unit member's)
// signing with their own unit's staff, its count above the staff the roster holds, is recorded as the unit's, with the
// count said — the count alone, as 「组织宣文部全体干部签订…共计签订5份」 has been (t45a F4) — never pairs that say fewer.
import type { Directory } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** The note a group word's reading left (「中心各岗位人员」按徐辉、孙杰共2人记录 · …共2人分别签订记录): untrue of the unit's record. */
const GROUP_READ = /共\d+人(?:分别)?(?:签订)?记录$/;

/** Whether `personId` holds a post above a unit (secretary or leader): their signings are pairs a duty counts. */
function isLeader(directory: Directory, personId: string): boolean {
  return directory.person(personId)?.roles.some((r) => r === 'secretary' || r === 'leader') === true;
}

/**
 * One record of the unit for `reports` (a signing's pairs) when they are a head's or unit member's signings with every
 * staff member of their own unit the roster holds and `count` (the 份 or 人 said) is more than those pairs and the signer:
 * no one signed with, the unit as its department, `count` as its attendees; its note names `paper` (承诺书/责任书) and
 * the count as `written` (12份 · 12人). The pairs must be a group word's people (`fromGroup`; unsaid, read from the
 * reports' group note or reason), never people named one by one.
 * A head's single record with no one signed with (完成签订承诺书12份) is their unit's the same way. Undefined otherwise: a
 * leader's signings (the duty's pairs), a count the pairs cover, or anything still asked but the day.
 */
export function countedUnitSigning(reports: readonly ParsedReport[], count: number | undefined, written: string, paper: string, ctx: ParseContext, fromGroup?: boolean): ParsedReport | undefined {
  const first = reports[0];
  if (first === undefined || count === undefined || count <= reports.length + 1) return undefined;
  const { directory } = ctx;
  const signer = first.draft.actorId ?? ctx.senderId;
  // 完成签订廉洁从业承诺书12份 from a head, no one named: their own unit's signing (its one record, still no one's pairs).
  // A clerk's 签订承诺书5份 says no more whose signing it was than before (asked or noted as it was).
  const alone = reports.length === 1 && first.draft.counterpartIds.length === 0 && directory.department(directory.person(signer)?.departmentId ?? '')?.headId === signer;
  const unitId = first.draft.departmentId ?? (alone ? directory.person(signer)?.departmentId : undefined);
  if (unitId === undefined || isLeader(directory, signer) || directory.person(signer)?.departmentId !== unitId) return undefined;
  if (!reports.every((r) => r.problems.every((p) => p.code === 'missing_date'))) return undefined;
  const pairs = reports.every((r) => r.draft.counterpartIds.length === 1 && r.draft.departmentId === unitId && directory.person(r.draft.counterpartIds[0]!)?.departmentId === unitId);
  const staff = directory.org.people.filter((p) => p.departmentId === unitId && p.id !== signer).map((p) => p.id);
  // 和赵磊签订了廉洁承诺书，一共5人参加 (m4's row): one named is signed with, whatever the count; only a group word's people
  // (中心各岗位人员 · 全体职工, its note or its 'group' reason) are the unit's staff told as one.
  const grouped = fromGroup ?? reports.some((r) => r.remarks.some((m) => GROUP_READ.test(m)) || r.reasons?.includes('group') === true);
  if (!alone && (!grouped || !pairs || !staff.every((id) => reports.some((r) => r.draft.counterpartIds[0] === id)))) return undefined;
  const unit = directory.department(unitId)?.name ?? '';
  // The roster as it stands, the signer too (round 67, ggh; t70a F4: 「宣文部登记了杨帆共1人」 left out 王磊, who is of 宣文部
  // and the record's doer): who is counted, and who of them the record is under.
  const everyone = directory.org.people.filter((p) => p.departmentId === unitId).map((p) => p.name).join('、');
  const signerName = directory.person(signer)?.name ?? signer;
  const roster = count > staff.length + 1 ? `（组织架构里${unit}登记了${everyone}共${staff.length + 1}人，${signerName}是记录的活动人，未逐一对应到人）` : '';
  const said = `签订${paper}「${written}」按${unit}统一签订记录，共${count}人${roster}`;
  return {
    ...first,
    draft: { ...first.draft, counterpartIds: [], departmentId: unitId, attendees: count },
    remarks: [...first.remarks.filter((m) => !GROUP_READ.test(m)), said],
    reasons: (first.reasons ?? []).filter((r) => r !== 'group' && r !== 'items'),
  };
}
