// 何平「11.25 组织 学习 廉洁自律准则 11.26 和孙杰谈心谈话 共 3 人参加」 (round 68, ghd; t70b: the study dropped, the talk given
// 11-25): a dotted day set off only by spaces after an earlier dated clause was read as part of the untitled document before
// it, so the second clause lost its day and the first its deed. Spoken or typed with spaces for stops, such a day opens a
// clause: it is written 11月26日 after a comma, as the day readers split 11.25…，11.26… today.

/** A day written earlier on the line: 11.25 · 11月25日 · 25日 · 25号. */
const EARLIER_DAY = /\d{1,2}\.\d{1,2}|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]/;
/**
 * A dotted day between spaces right after a Chinese character and right before Chinese words that are no measure (3.5小时 ·
 * 2.5万元 are amounts) and no day's unit (…检查 2.11月18日…: item 2's number before its day). Groups: the character before,
 * month, day.
 */
const SPACED_DOTTED_DAY = /([\u4e00-\u9fa5])\s+(\d{1,2})\.(\d{1,2})(?!\d)(?=\s*[\u4e00-\u9fa5])(?!\s*(?:[月日号]|小时|个|万|元|分|倍|天|次|公里|米|年|人|篇|份|场|期))/g;

/**
 * `text` (normalised: ASCII stops) with each dotted day set off by spaces after a Chinese character (…准则 11.26 和孙杰…)
 * written `,11月26日` when a day was written before it on its line; months 1–12 and days 1–31 only. Other text unchanged.
 */
export function withSpacedDottedDays(text: string): string {
  if (!text.includes('.')) return text;
  return text
    .split('\n')
    .map((line) =>
      line.replace(SPACED_DOTTED_DAY, (whole, before: string, month: string, day: string, at: number) => {
        const m = Number(month);
        const d = Number(day);
        if (m < 1 || m > 12 || d < 1 || d > 31 || !EARLIER_DAY.test(line.slice(0, at))) return whole;
        return `${before},${m}月${d}日 `;
      }),
    )
    .join('\n');
}
