// 王芳「12月1日 组织学习廉政信息⏎12月3日 和胡军谈心谈话」, asked the type of the first, then 「2号那条不用记」 (round 65,
// gec): no item was of the 2nd, so the answer fell to the item asked about — the study left out, the talk stored at once.
// A record pointed at by a day none of the waiting items holds is said as such; nothing is taken off.
import type { PendingItem } from './followUp.js';
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** Right after the day: the pointer at a record (那条 · 的那条 · 那个 · 那次 · 那一项). */
const POINTER = /^[\s\u0000]*(?:的)?(?:那|这)(?:一)?(?:条|个|次|项|件)/;

/**
 * The day words of `answer` (「2号」 · 「周二」 · 「上周五」 · 「12.2」) when the answer points at a record by that day (2号那条 ·
 * 上周五的那条) and none of `items` is of that day (`today`, YYYY-MM-DD, places a bare 2号 or 周二); undefined when the
 * answer names no day with a pointer, or some item is of it. Pure.
 */
export function dayPointedUnfit(answer: string, items: readonly PendingItem[], today: string): string | undefined {
  const text = arabicizeNumerals(normalizeText(answer)).trim();
  if (!/那|这/.test(text)) return undefined;
  const day = parseDay(text, today);
  if (day.date === undefined || day.text === undefined || !POINTER.test(day.rest.slice(day.rest.indexOf('\u0000') + 1))) return undefined;
  // The pointer must follow the day itself: 2号那条, not 那条2号也去.
  if (!text.startsWith(day.text) && !/^(?:把|那个|请把)/.test(text)) return undefined;
  return items.some((i) => i.draft.date === day.date) ? undefined : day.text;
}
