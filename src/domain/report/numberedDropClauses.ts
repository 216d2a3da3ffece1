// 「第1条是合计的不用记，黄书记是谈话人不是对象」 (round 62, gbc; t64a G3: the drop applied, the change beside it lost): a card
// edit's clauses parted into the records it leaves out by number and the clauses that say something else.
import { cardItemChoice } from './cardItemChoice.js';

/** The 1-based numbers the drop clauses name, in the order said, and the other clauses as they were. */
export interface NumberedDropClauses {
  numbers: number[];
  rest: string[];
}

/** 不用记 · 不用单独记 · 删掉吧 · 是总数: a clause that only goes on saying the record before it is left out (or why). */
const DROP_GOES_ON =
  /^(?:也|就|可以|直接|所以)*(?:(?:(?:不用|不需要|无需|不必|别)再?(?:单独)?(?:记|记录|登记|录入|算|列)|不要|不算|不记|去掉|删掉|删了|删除)(?:了|掉|吧|啦|哈)*|(?:这|那|它)?(?:是|只是|就是|属于)(?:个|一个)?(?:合计|总计|总数|汇总|小计|统计数?|总的(?:数|情况)?|重复的?)(?:数|的|数据|情况)*)$/;

/**
 * `clauses` (a card edit already parted at its commas and spaces) parted into the records dropped by number (第1条不要 ·
 * 第一条是总数不用单独记 · 删除第2、3条: cardItemChoice's drops, with the clauses that go on saying so: 第1条是合计的，不用记)
 * and the rest. Undefined unless there is at least one drop
 * clause and one other clause (a drop alone is cardItemChoice's own reply).
 */
export function numberedDropClauses(clauses: readonly string[]): NumberedDropClauses | undefined {
  const numbers: number[] = [];
  const rest: string[] = [];
  let afterDrop = false;
  for (const clause of clauses) {
    const choice = cardItemChoice(clause);
    if (choice?.kind === 'drop') numbers.push(...[choice.index, ...(choice.also ?? [])].map((k) => k + 1).filter((n) => !numbers.includes(n)));
    else if (!(afterDrop && DROP_GOES_ON.test(clause))) rest.push(clause);
    afterDrop = choice?.kind === 'drop' || (afterDrop && DROP_GOES_ON.test(clause));
  }
  return numbers.length > 0 && rest.length > 0 ? { numbers, rest } : undefined;
}
