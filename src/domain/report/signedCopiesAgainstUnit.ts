// 孙丽「11.28 财务科 签订廉政责任书 5份」 (round 67, ggh; t70a F6): a 责任书 is recorded pair by pair, so the 5份 is no head count
// and the card said only 「「5份」未记为参加人数」 — while 财务科 holds three people, 孙丽 and two. The copies are weighed against
// the unit the signing is at, so the member sees that 5 cannot be the unit's and checks who signed (issue 10: nothing the
// member wrote dropped silently).
import type { ParseContext, ParsedReport } from './draft.js';

/**
 * The clause that weighs `count` copies (or people) of a signing against the unit `reports`' first record is at, when the
 * signer (its doer, or the sender) is of that unit and the unit holds a different number of people:
 * 「组织架构里财务科登记了孙丽、王强、李娟共3人，与「5份」不一致，请核对签订人和份数」. Undefined when the signing is at no unit,
 * at another unit than the signer's, or the count is the unit's size or the signer's pairs with the rest of it. `written` is the count as written (5份 · 5人); `text` the segment, whose naming of the signer's own unit (财务科 · an
 * alias) stands for a record stored at none. Pure.
 */
export function signedCopiesAgainstUnit(reports: readonly ParsedReport[], count: number, written: string, text: string, ctx: ParseContext): string | undefined {
  const first = reports[0];
  if (first === undefined) return undefined;
  const { directory } = ctx;
  const signer = first.draft.actorId ?? ctx.senderId;
  const own = directory.department(directory.person(signer)?.departmentId ?? '');
  const named = own !== undefined && [own.name, ...own.aliases].some((n) => n !== '' && text.includes(n));
  const unitId = first.draft.departmentId ?? first.draft.departmentIds?.[0] ?? (named ? own.id : undefined);
  if (unitId === undefined || own?.id !== unitId) return undefined;
  const people = directory.org.people.filter((p) => p.departmentId === unitId);
  // The unit's people, or the signer's pairs with each of the others (孙丽 with 王强 and 李娟: 2份), fit the count.
  if (count === people.length || count === people.length - 1) return undefined;
  const unit = directory.department(unitId)?.name ?? unitId;
  return `组织架构里${unit}登记了${people.map((p) => p.name).join('、')}共${people.length}人，与「${written}」不一致，请核对签订人和份数`;
}
