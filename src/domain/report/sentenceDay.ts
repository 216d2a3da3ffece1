// The day a sentence of a pasted news item names, its titles left out: 《2026年11月廉政提醒》 is no day of the deed.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';

/** The day (YYYY-MM-DD) `sentence` names outside its titles, read against `today` (YYYY-MM-DD); undefined when none. */
export function sentenceDay(sentence: string, today: string): string | undefined {
  return parseDay(arabicizeNumerals(extractTitles(sentence).rest), today).date;
}
