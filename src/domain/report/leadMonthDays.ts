// 「11月份：3号和张颖谈心谈话」 written on 12-05 (round 42, t42a F1: stored at once on 12-03) · 「11月份我们部里：3号跟张颖聊了聊，…；
// 12号组织…；26号又和张颖签了…」 (only the first item wrong: 12号 and 26号 are past this month's 5th, so they fell back to
// November by luck): a bare day (3号 · 3日 · 3、5号) under a month lead is of that month, never of this one. The lead's month is
// written before each bare day it covers, so every day reader sees a full date.

/**
 * A month lead at the start of the text or of a line or sentence, after the unit it is about when one is named (中心11月份： ·
 * 组联部11月份： — round 54, t57b F1: its first bare day stored at once in this month): the month (11月 · 11月份 · 2026年11月 · 上个月 · 上月 · 本月 ·
 * 这个月), a few words of heading (我们部里 · 的情况 · 开展廉政谈话情况), then a colon or a line break; or the month with at
 * most 份/里/的情况 and a comma right before a day. Groups: 1 the month number, 2 the month word.
 */
const LEAD =
  /(?<=^|[\n。；;！!？?])[ \t]*(?:另外|此外|还有)?[ \t]*(?:[\u4e00-\u9fa5]{0,5}?(?:部|科|室|中心|办|委|支部|单位)[ \t]*)?(?:\d{4}年)?(?:(1[0-2]|0?[1-9])月份?|(上个?月|本月|这个?月))(?:[^\d\n:：,，。；;、（）()《》]{0,12}?(?:[:：][ \t]*\n?|[ \t]*\n)|(?:份|里|份里|的情况)?[,，][ \t]*(?=\d{1,2}[ \t]*(?:[、,，和及与至到~\-—][ \t]*\d{1,2}[ \t]*)*[日号]))/g;

/**
 * Days in the text a lead covers: group 1 a full date's month (11月3日 · 11.3), else group 2 a bare day or day list (3号 ·
 * 3日 · 3、5号 · 3号、5号) written with no month. A bare day after a number, 年, 月, a dot or a closing bracket is a part of
 * something else (〔2026〕3号文件, 2.5号).
 */
const DAYS =
  /(?<![\d.．/年])(\d{1,2})[ \t]*(?:月[ \t]*\d{1,2}[ \t]*[日号]?|[./．][ \t]*\d{1,2}[ \t]*[日号]?)|(?<![\d.．/年月〕\]）)第共约近])(?<!\d[ \t]*[,，])(\d{1,2}[ \t]*(?:[、和及与至到~\-—][ \t]*\d{1,2}[ \t]*)*[日号])(?![ \t]*(?:内|以内|之内|前|以前|文件|楼|会议室|院|线|令|房间|窗口))/g;

/** A joiner of a day list (3日、5日 · 3日和5日 · 3日至5日): the bare day after it is of the list's first day's month. */
const LIST_JOINER = /^[ \t]*(?:[、和及与至到~\-—]|[,，](?=[ \t]*\d))[ \t]*$/;

/** The month number (1–12) a lead word names, read on `today` (YYYY-MM-DD, Asia/Shanghai). */
function leadMonth(number: string | undefined, word: string | undefined, today: string): number {
  if (number !== undefined) return Number(number);
  const month = Number(today.slice(5, 7));
  return word!.startsWith('上') ? (month === 1 ? 12 : month - 1) : month;
}

/**
 * `text` with the month of each month lead (11月份…： · 上个月： · 10月份的情况：) written before every bare day (3号 · 26日 ·
 * 3、5号) after it, up to the next lead. A full date keeps its own month, and a bare day listed right after one (11月30日、
 * 3日) is that date's list, left as it is. `today`: YYYY-MM-DD, Asia/Shanghai. `text` itself when it has no lead.
 */
export function withLeadMonthDays(text: string, today: string): string {
  const leads = [...text.matchAll(LEAD)];
  if (leads.length === 0) return text;
  let out = text.slice(0, leads[0]!.index! + leads[0]![0].length);
  leads.forEach((lead, i) => {
    const from = lead.index! + lead[0].length;
    const to = i + 1 < leads.length ? leads[i + 1]!.index! : text.length;
    const month = leadMonth(lead[1], lead[2], today);
    let lastEnd = -1;
    const span = text.slice(from, to).replace(DAYS, (whole: string, fullMonth: string | undefined, bare: string | undefined, at: number) => {
      const listed = lastEnd >= 0 && LIST_JOINER.test(text.slice(from + lastEnd, from + at));
      lastEnd = at + whole.length;
      if (fullMonth !== undefined || bare === undefined || listed) return whole;
      return `${month}月${bare}`;
    });
    out += span + (i + 1 < leads.length ? leads[i + 1]![0] : '');
  });
  return out;
}
