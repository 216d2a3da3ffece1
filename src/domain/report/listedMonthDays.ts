// The days of a listed run (11月4日、11日、18日…), shared by the readers that pair days with doers named after them
// (ordinalDoersAsked, respectiveLeadersAsked).

/** A day written in full (11月4日) or as a bare day of a list after one (、11日). */
const DAY = /(\d{1,2})月(\d{1,2})[日号]|(?<=[、和及])(\d{1,2})[日号]/g;

/**
 * The days written in `sentence`, in order, as MM-DD (Shanghai calendar days, no year); a bare day takes the month of
 * the day before it, and one with no month before it is skipped.
 */
export function listedMonthDays(sentence: string): string[] {
  const days: string[] = [];
  let month: string | undefined;
  for (const m of sentence.matchAll(DAY)) {
    if (m[1] !== undefined) month = m[1];
    if (month !== undefined) days.push(`${month.padStart(2, '0')}-${(m[2] ?? m[3])!.padStart(2, '0')}`);
  }
  return days;
}
