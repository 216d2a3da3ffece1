// 「周四，第二条是计划」 to 「是哪一天？」 (round 21 leftover): beside the plan, the message answers the question; that
// answer was dropped and the question asked again.
import { saysPlan } from './plannedItem.js';

/** The clauses of `answer` that do not say something is a plan, joined; '' when there are none. */
export function besidePlan(answer: string): string {
  return answer
    .split(/[，,。；;！!\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !saysPlan(c))
    .join('，');
}
