// 胡军「11月份党风廉政建设工作小结：本月共开展谈心谈话15人次，其中…」 (round 67, ggh; t70a F1): sent on 12月8日, the card said
// 「消息说的是本月（12月1日—12月8日）」 — the body's 本月 is the month the heading names, not the month the message was sent in.

/** A summary's heading before its colon (…工作小结： · 10月份工作总结： · 上月情况汇报：). */
const HEADING = /^([^：:。；\n]{0,24}(?:小结|总结|汇报|情况|工作动态))[：:]/;
/** The month a heading names: 11月份 · 10月 · 上月 · 上个月. */
const HEADING_MONTH = /(\d{1,2})月份?|(上个?月)/;
/** A body's own period that only means "the month of this summary". */
const THIS_MONTH = /^(?:本月|这个月|当月)$/;

/**
 * The period a counted summary's body stands for, given `text` (the whole message) and `period` (the body's own period word
 * before 共, or undefined): the heading's month (`11月` · `上月`) when the heading names one and the body says 本月 · 这个月 ·
 * 当月 or nothing; otherwise `period` unchanged. Pure; never invents a month the heading does not write.
 */
export function headingPeriod(text: string, period: string | undefined): string | undefined {
  if (period !== undefined && !THIS_MONTH.test(period)) return period;
  const heading = HEADING.exec(text)?.[1];
  const month = heading === undefined ? undefined : HEADING_MONTH.exec(heading);
  if (!month) return period;
  return month[1] !== undefined ? `${Number(month[1])}月` : '上月';
}
