// 前天上午…廉政谈话；下午周部长召集… (round 36b F5): a clause opening with a bare part of the day goes on the day of the
// clause before it; only a day named in its own words makes it another day.

/** 上午 · 下午 · 中午 · 晚上 · 傍晚 · 当晚 at the head of a clause (after a comma or a subject-free space), no day before it. */
const PART_OF_DAY_OPENING = /^[\s\u0000,]*(?:上午|下午|中午|晚上|傍晚|晚间|当晚)/;

/**
 * Whether `clause` (normalised: ，→ `,`) opens with a bare part of the day, which is then of the day of the clause before
 * it in the same sentence, not of today.
 */
export function opensWithPartOfDay(clause: string): boolean {
  return PART_OF_DAY_OPENING.test(clause);
}
