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

/** 第4条 · 第四条的: the record named by its number (group 1), before what is said of its departments. */
const NUMBERED = /^(?:(?:修改|更正|补充一下)[,:;\s]*)?第([1-9]\d?|[一二三四五六七八九十])条(?:的|记录)?[,:;\s]*/;
const CN_INDEX: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 冯部长也参加了 · 冯雪部长也来了 · 还有冯部长参加 · 冯部长也在 (round 58, fdc: 没看懂): a person (group 1 or 2) who also took part. */
const ALSO_ATTENDED = /^(?:(?:还有|另外)([^,;。\s也还]{2,8}?)(?:同志)?(?:也)?(?:参加了?|参会|出席了?|在场|来了)|([^,;。\s也还]{2,8}?)(?:同志)?(?:也|还)(?:参加了?|参会了?|出席了?|参与了?|在场|在|来了|到了|去了))(?:的|会议)?(?:呢|啊|哈)?$/;
/** 部门还有维权部 · 还有维权部 · 也有维权部 · 部门加上维权部: a department added (group 1 the words). */
const ALSO_HAS = /^(?:部门|科室)?(?:也有|还有|还包括|也包括|加上|再加上|要加上|漏了)([^,;。\s]{2,20}?)(?:的)?$/;
/**
 * 应该是教育就业部和维权部 · 部门是A、B: the departments set (group 1 the words). A count after them (…财务科两个部门) is left
 * to the reader that checks it with the list (dialogThirtyNineD).
 */
const SET_TO = /^(?:不对[,;\s]*)?(?:部门|科室)?(?:应该?是|应为|改为|改成|是)([^,;。\s]{2,30}?)(?:的)?$/;
/** 不对 · 漏了 · 部门不对: owning the card wrong, said nothing by itself. */
const OWNED_WRONG = /^(?:不对|漏了|部门不对|部门漏了|部门少了|少了一个部门|有误)$/;

/**
 * 第4条冯部长也参加了，应该是教育就业部和维权部 · 第4条部门还有维权部 (round 57, fec; t59b F2: 没能读出第4条要改成什么) on a
 * card whose item N is no talk or signing: `text` put as 「第N条部门是A、B」 — the departments set (应该是), else the
 * record's own with those added (也/还有), a head named by title or name standing for the department they are in
 * (冯部长 = 冯雪 = 维权部). Undefined when the text is not only such clauses, names a person or department not found,
 * or the item is a talk or signing (还有X there is one more person talked to).
 */
export function numberedDepartmentsWords(
  text: string,
  items: PendingItem[],
  ctx: Pick<CardCorrectionContext, 'departmentId' | 'departmentName' | 'personId' | 'departmentOf'>,
): string | undefined {
  const t = text.trim().replace(/[。.!！]+$/, '');
  const n = NUMBERED.exec(t);
  if (!n || !ctx.departmentId || !ctx.departmentName) return undefined;
  const at = (CN_INDEX[n[1]!] ?? Number(n[1])) - 1;
  const item = items[at];
  if (item === undefined || item.draft.type === undefined || isTalkType(item.draft.type) || item.draft.type === 'pledge_sign') return undefined;
  const clauses = t.slice(n[0].length).split(/[,，;；\s]+/).filter((c) => c !== '');
  const added: string[] = [];
  let set: string[] | undefined;
  for (const c of clauses) {
    if (OWNED_WRONG.test(c)) continue;
    const person = ALSO_ATTENDED.exec(c);
    if (person) {
      const id = ctx.personId(person[1] ?? person[2]!);
      const dept = id === undefined ? undefined : ctx.departmentOf?.(id);
      if (dept === undefined) return undefined;
      added.push(dept);
      continue;
    }
    const listed = ALSO_HAS.exec(c) ?? SET_TO.exec(c);
    if (!listed) return undefined;
    const ids = listed[1]!.split(/和|、|及|以及|与|跟/).filter((w) => w !== '').map((w) => ctx.departmentId!(w));
    if (ids.length === 0 || ids.some((id) => id === undefined)) return undefined;
    if (ALSO_HAS.test(c)) added.push(...(ids as string[]));
    else set = ids as string[];
  }
  if (added.length === 0 && set === undefined) return undefined;
  const own = item.draft.departmentIds ?? (item.draft.departmentId !== undefined ? [item.draft.departmentId] : []);
  const all = [...new Set([...(set ?? own), ...added])];
  return `第${at + 1}条部门是${all.map((id) => ctx.departmentName!(id)).join('、')}`;
}
