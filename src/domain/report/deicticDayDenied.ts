// 「等等，不是这天，是前天」「不是那天，应该是周一」「这天不对，是25号」 after a record (round 27d F8: 没看懂, the record
// left on the day said wrong): the day denied by pointing at it, then the right day.

/** 不是这天 · 不是那一天 · 并非这天 · 这天不对 · 那天错了 · 日子不对, then the words that bring the right value. */
const DENIED = /^(?:不对[,;。!\s]*)?(?:(?:不是|并非)(?:这|那)一?天|(?:这|那)一?天(?:不对|错了|有误)|日子(?:不对|错了))[,;。!\s]*(?:而|应该|应)?(?:是|为)/;

/**
 * `text` (normalised, no apology) with a day denied by pointing (不是这天，是…) rewritten as 「不对,是…」, which the
 * correction readers take as the day; `text` itself when it has no such opening. 「不是这个人，是…」 is not a day.
 */
export function withDeicticDayDenied(text: string): string {
  const m = DENIED.exec(text);
  return m && m[0].length < text.length ? `不对,是${text.slice(m[0].length)}` : text;
}
