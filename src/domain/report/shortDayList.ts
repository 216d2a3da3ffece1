// 11月23、24日分别和李明、孙丽谈心 · 23、24号… · 11月23和25日… · 11月4、18日分别开展了检查 (round 25b, §3: every item put on
// the first day, or the last, and a second check dropped — stored at once): a day list that says 日/号 once, after its
// last day, is written out whole (11月23日、24日), so each item takes its own day as a list spelled in full does.

/**
 * 23、24 · 9和16 · 4、11、18 then 日/号: days of the month joined by 、/和/及/与, the 日 or 号 written once at the end.
 * Not after a digit, a dot or 第 (2026.11.23 is a date; 第3、4号 a number), and not a 号 that numbers a thing (3、4号楼).
 */
const LIST = /(?<![\d.\/第-])(\d{1,2})((?:\s*(?:、|和|及|与|,|，)\s*\d{1,2})+)([日号])(?![楼室院房库栋门线窗文令])/g;

/** The days of such a list are days of a month: 1 to 31. */
const isDay = (n: string) => Number(n) >= 1 && Number(n) <= 31;

/**
 * `text` with each day list whose 日/号 is said once written out day by day (11月23、24日 → 11月23日、24日); the words
 * joining the days are kept. `text` itself when there is none. Arabic numerals only (a Chinese numeral list is rare).
 */
export function withShortDayListsSpelled(text: string): string {
  return text.replace(LIST, (whole, first: string, more: string, mark: string) => {
    const days = [first, ...more.split(/\s*(?:、|和|及|与|,|，)\s*/).filter((d) => d !== '')];
    if (!days.every(isDay)) return whole;
    const joins = [...more.matchAll(/\s*(?:、|和|及|与|,|，)\s*/g)].map((m) => m[0]);
    return days.map((d, i) => `${d}${mark}${joins[i] ?? ''}`).join('');
  });
}
