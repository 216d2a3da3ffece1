// 林晓｜「本月已报送廉政信息3篇（12月1日1篇、12月3日2篇），调研报告1篇（12月4日）」 (round 56, fge; t58b F3: asked
// 「共 3 次信息报送，分别是哪几天？」 although the days are written, the 2篇 of 12月3日 then merged, and a 「写了两遍」 remark
// on the card): a count broken down by day inside brackets is that many papers on each day, as the colon form
// 「3篇：11月5日1篇，11月19日2篇」 already reads; one day alone too (两篇（11月12日两篇）, one paper was lost): the bracket is written in that form (「…3篇：12月1日1篇，12月3日2篇，
// 调研报告1篇（12月4日）」), which withInfoCountPerDay counts day by day. The parts must add up to the count said: a
// breakdown that does not (3篇（12月1日1篇、12月3日1篇）) is read as the colon form reads it (the paper left asked its day).

/** A written day: 12月1日 · 12月1号 · 1日 · 3号. */
const DAY = '(?:\\d{1,2}月)?\\d{1,2}[日号]';
/** A number of papers: 1 · 12 · 一 · 两. */
const NUM = '(?:\\d{1,3}|[一两二三四五六七八九十])';
/** The counted word of papers or deeds. */
const UNIT = '[篇条份期]';
/** One part of the breakdown: 12月1日1篇 · 12月3日 2篇 · 12月3日报送2篇 · 12月4日（no count: one). */
const PART = `${DAY}\\s*(?:报送了?|上报了?|报了|各)?\\s*(?:${NUM}\\s*${UNIT})?`;
/**
 * The counted clause and its bracket: group 1 the clause's words before the count (from the last break), 2 the count,
 * 3 its unit, 4 the parts inside the bracket (maybe after 其中 · 分别为 · 分别是).
 */
const BRACKETED = new RegExp(
  `([^,，;；。\\n（(）)]*?)(${NUM})\\s*(${UNIT})\\s*[（(]\\s*(?:其中|分别为|分别是|分别于|即)?[:：]?\\s*(${PART}(?:(?:\\s*[、，,；;和及]\\s*|\\s+)${PART})*)\\s*[）)]`,
  'g',
);

const SMALL: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The number `n` is written as (3 · 三 · 两). */
function count(n: string): number {
  return SMALL[n] ?? Number(n);
}

/**
 * `text` with each counted clause whose count is broken down by day in brackets written once per day (see above);
 * `text` itself when there is none, or when the parts do not add up to the count.
 */
export function withBracketedDayCounts(text: string): string {
  return text.replace(BRACKETED, (whole: string, lead: string, total: string, unit: string, inside: string, offset: number) => {
    const parts = inside.split(/\s*[、，,；;和及]\s*|\s+(?=\d)/).filter((p) => p !== '');
    const read = parts.map((p) => {
      const m = new RegExp(`^(${DAY})\\s*(?:报送了?|上报了?|报了|各)?\\s*(?:(${NUM})\\s*${UNIT})?$`).exec(p);
      return m ? { day: m[1]!, n: m[2] === undefined ? 1 : count(m[2]) } : undefined;
    });
    if (read.some((r) => r === undefined)) return whole;
    const days = read as { day: string; n: number }[];
    // 3篇（12月1日、12月3日、12月4日）: one a day, read as before (each bracketed day one paper).
    if (!parts.some((p) => new RegExp(`${NUM}\\s*${UNIT}$`).test(p))) return whole;
    // Parts that do not add up to the count (3篇（11月2日1篇、11月23日1篇）) are written out all the same: the colon form's
    // reader asks the day of the papers left (or says the two numbers differ), where the bracket put them all on one day.
    // 「3篇：12月1日1篇，12月3日2篇」, the colon form infoCountPerDay reads (one record a paper, no 写了两遍 remark).
    const after = /^[^\s,，;；。\n]/.test(text.slice(offset + whole.length)) ? '，' : '';
    // 截至目前本月报送…3篇（…）: the running total's words are no more than the sum of the days written out.
    return `${lead.replace(/截[至止]目前[，,]?/, '')}${total}${unit}：${days.map((d) => `${d.day}${d.n}${unit}`).join('，')}${after}`;
  });
}
