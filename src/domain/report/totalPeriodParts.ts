// 「截至目前，今年共开展警示教育5次，其中本月3次」 (round 69, gif): the part of a running total that falls in a period (本月 ·
// 11月份 · 第四季度 · 上半年) is a running figure too, no deed of a day. Left behind when the total went, 「本月3次」 was read
// as a 警示教育 and asked its day; an answer would have stored one deed for the three.

/** A period a part of a total falls in, never a day (11月份, not 11月20日). */
const PERIOD = '(?:本月|当月|这个?月|上个?月|本季度|这个?季度|上个?季度|第?[一二三四1-4]季度|[上下]半年|本周|这周|上周|本年度?|今年|\\d{1,2}(?:[-—~～至到]\\d{1,2})?月份?(?![\\d日号]))';
/** The part's figure: maybe a verb and the kind's words (no digit, so no day), then the count; no bracket of days after it. */
const FIGURE = '份?(?:共|累计|共计)?(?:开展|组织|进行|召开|举办|完成|报送|签订|讲授)?了?[\\u4e00-\\u9fa5]{0,10}?\\d{1,3}\\s*(?:人次|次|场|篇|期|批|轮|份|个)(?!\\s*[（(])';
const PART = `${PERIOD}${FIGURE}`;

/**
 * `text` (raw or normalised) with the 其中 parts of periods (其中本月3次 · 其中11月份2次、10月份1次) taken out where they follow
 * `mark` (where withoutRunningTotals took a total out), the mark kept; their end mark goes with them. Unchanged elsewhere.
 */
export function withoutPeriodParts(text: string, mark: string): string {
  const parts = new RegExp(`${mark}\\s*其中\\s*[,，:：]?\\s*${PART}(?:\\s*(?:[、,，和及]|以及)\\s*${PART})*\\s*(?:[。；;！!？?,，]+|(?=\\n)|$)`, 'g');
  return text.replace(parts, mark);
}
