// 「第1条是合计的不用记，黄书记是谈话人不是对象」 (round 62, gbc; t64a G3: the drop applied, the change beside it lost): a card
// edit's clauses parted into the records it leaves out by number and the clauses that say something else.
import { cardItemChoice } from './cardItemChoice.js';

/** The 1-based numbers the drop clauses name, in the order said, and the other clauses as they were. */
export interface NumberedDropClauses {
  numbers: number[];
  rest: string[];
}

/**
 * `clauses` (a card edit already parted at its commas and spaces) parted into the records dropped by number (第1条不要 ·
 * 第一条是总数不用单独记 · 删除第2、3条: cardItemChoice's drops) and the rest. Undefined unless there is at least one drop
 * clause and one other clause (a drop alone is cardItemChoice's own reply).
 */
export function numberedDropClauses(clauses: readonly string[]): NumberedDropClauses | undefined {
  const numbers: number[] = [];
  const rest: string[] = [];
  for (const clause of clauses) {
    const choice = cardItemChoice(clause);
    if (choice?.kind === 'drop') numbers.push(...[choice.index, ...(choice.also ?? [])].map((k) => k + 1).filter((n) => !numbers.includes(n)));
    else rest.push(clause);
  }
  return numbers.length > 0 && rest.length > 0 ? { numbers, rest } : undefined;
}
