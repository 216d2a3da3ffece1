// 纪检组本周工作小结（11.23-11.27）⏎…周三…；…周五…: the heading's span of days fixes the week of every bare weekday under it
// (round 19, M15: 周三 went to today, 12-02, and 周五 to 11-27 — one heading, two weeks).

/** 11.23-11.27 · 11月23日-11月27日 · 11月23日至27日 · 11.23—27: a span of days in a heading. */
const SPAN = /(\d{1,2})(?:\.|月)(\d{1,2})[日号]?\s*(?:-|—|–|~|～|至|到)\s*(?:(\d{1,2})(?:\.|月))?(\d{1,2})[日号]?/;

/** A day `n` days after ISO day `iso`. */
function plusDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The days (ISO, first to last) of the span a heading line names, read in the year of `today` (last year when that puts
 * it after today), or undefined when it names none or more than two weeks.
 */
export function spanOfHeading(line: string, today: string): string[] | undefined {
  const m = SPAN.exec(line);
  if (!m) return undefined;
  const [startMonth, startDay, endMonth, endDay] = [Number(m[1]), Number(m[2]), Number(m[3] ?? m[1]), Number(m[4])];
  const pad = (n: number) => String(n).padStart(2, '0');
  let year = Number(today.slice(0, 4));
  if (`${year}-${pad(startMonth)}-${pad(startDay)}` > today) year--;
  const start = `${year}-${pad(startMonth)}-${pad(startDay)}`;
  const end = `${endMonth < startMonth ? year + 1 : year}-${pad(endMonth)}-${pad(endDay)}`;
  const days: string[] = [];
  for (let d = start; d <= end && days.length <= 14; d = plusDays(d, 1)) days.push(d);
  return days.length >= 2 && days.length <= 14 ? days : undefined;
}

const WEEKDAY = '一二三四五六日天';

/**
 * `line` with each bare weekday (周三 · 星期五, not 上周三/本周三) written as the day of the span that falls on it
 * (11月25日), so it is read on that day; a weekday the span does not hold is left as it is.
 */
export function weekdaysInSpan(line: string, span: readonly string[]): string {
  return line.replace(/(?<![上本这下个])(?:周|星期|礼拜)([一二三四五六日天])/g, (word, day: string) => {
    const want = Math.min(WEEKDAY.indexOf(day) + 1, 7); // 1 = Monday … 7 = Sunday (日 and 天 both)
    const hit = span.find((iso) => (new Date(`${iso}T00:00:00Z`).getUTCDay() || 7) === want);
    return hit ? `${Number(hit.slice(5, 7))}月${Number(hit.slice(8, 10))}日` : word;
  });
}
