// A run of Chinese numerals (二十三, 廿五, 二〇二六) as a number: shared by the numeral and rough-range spellers.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a run such as 二十三, 廿五 or 二〇二六 (digit by digit); undefined when it is not a number. */
export function chineseNumber(run: string): number | undefined {
  if (run.length === 0) return undefined;
  // 廿 (20), 卅 (30) and 卌 (40) are still written in dates (十一月廿五日, found by a newcomer: read as 5).
  if (/^[廿卅卌]/.test(run)) {
    const tens = { 廿: 20, 卅: 30, 卌: 40 }[run[0] as '廿' | '卅' | '卌'];
    const rest = run.slice(1);
    if (rest === '') return tens;
    const units = DIGITS[rest];
    return rest.length === 1 && units !== undefined && units > 0 ? tens + units : undefined;
  }
  if (!/[十百千]/.test(run)) {
    // 二〇二六 is read digit by digit; a lone 三 is just 3.
    let n = 0;
    for (const c of run) {
      const d = DIGITS[c];
      if (d === undefined) return undefined;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let digit = 0;
  for (const c of run) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = UNITS[c];
    if (unit === undefined) return undefined;
    // 十 alone at the start means 一十.
    total += (digit === 0 ? 1 : digit) * unit;
    digit = 0;
  }
  return total + digit;
}
