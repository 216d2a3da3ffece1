// 「也是宣文部的」 · 「这条也是宣文部的」 · 「部门也是宣文部」 with no item number while a 确认 card waits (round 53, fkcc; was
// 「这条消息没有记录」): 也 says the department is the one another record already has; the record it is about is the one
// without a department.
import { isTalkType } from '../activityTypes.js';
import type { CardCorrectionContext } from './cardCorrection.js';
import type { PendingItem } from './followUp.js';

/** (这条)(的)(部门)也/同样/一样(都)是 X (的), nothing else: X the words of a department. */
const ALSO_DEPARTMENT = /^(?:这条|这个|这项|这一条|那条|它)?(?:的)?(?:部门|科室)?(?:的)?[,，\s]*(?:也都|也|同样|一样|也同样)(?:是|应该是|应为|属于)([^,，;；。\s是的]{2,10}?)(?:的)?(?:组织的|开展的|举办的|召开的|的)?[。.!！]*$/;

/**
 * Where `text` (one line, no item named) puts a department with 也 on `items`: `{ at, departmentId, words }` when exactly one
 * record that can have a department (not a talk or a signing) has none; `{ which, words }` when several have none (第几条 is
 * asked); undefined when the text is not this form, names no department, or every record has one (read as before).
 */
export function alsoDepartmentItem(
  text: string,
  items: PendingItem[],
  ctx: Pick<CardCorrectionContext, 'departmentId'>,
): { at: number; departmentId: string; words: string } | { which: true; words: string } | undefined {
  const m = ALSO_DEPARTMENT.exec(text.trim());
  const id = m ? ctx.departmentId?.(m[1]!) : undefined;
  if (!m || id === undefined) return undefined;
  const without = items.flatMap((it, i) =>
    (it.draft.type === undefined || (!isTalkType(it.draft.type) && it.draft.type !== 'pledge_sign')) && it.draft.departmentId === undefined && (it.draft.departmentIds ?? []).length === 0 ? [i] : [],
  );
  if (without.length === 0) return undefined;
  if (without.length > 1) return { which: true, words: m[1]! };
  return { at: without[0]!, departmentId: id, words: m[1]! };
}
