// 「11月份」「大概是11月中旬吧」「上个月」 to 「是哪一天？」 (round 27d F7): a month named without its day. Read as a
// question it ran the completion query for the month and the report kept waiting unmentioned.
import { arabicizeNumerals } from './parseNumerals.js';

/** A month alone, hedged or not: 11月份 · 是11月 · 就这个月 · 大概11月中旬吧 · 本月 · 这个月初 · 上个月底 (no day, nothing else). */
const MONTH_ONLY = /^(?:是|就是|就|应该是|应该|大概是|大概|好像是|好像|大约|可能是|可能)?(?:(\d{1,2})月份?|(本|这个?|上个?)月)(?:的)?(上旬|中旬|下旬|初|底|末|中)?(?:的时候|那会儿?)?(?:的|吧|吧的|左右)*[。.!！]*$/;

/**
 * The month `answer` names alone, as the member would read it back (「11月」「11月中旬」「上个月」), or undefined when
 * it names a day or anything besides a month. `answer` is the raw reply; Chinese numerals are read (十一月).
 */
export function monthOnlyAnswer(answer: string): string | undefined {
  const m = MONTH_ONLY.exec(arabicizeNumerals(answer.trim()));
  if (!m) return undefined;
  const month = m[1] !== undefined ? `${Number(m[1])}月` : m[2]!.startsWith('上') ? '上个月' : '本月';
  if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 12)) return undefined;
  return `${month}${m[3] ?? ''}`;
}
