// 「11月20日报送廉政信息2篇，另有1篇」 · 「11月报送廉政信息：20日2篇，另有1篇」 (round 53, fke; issue 10, round 52's left-alones:
// the 1篇 of no day was dropped without a word and two papers shown on the card as all of them): papers said beside a dated
// count with no day of their own are more papers of the same kind, whose day is asked. Read as the total with its dated
// part (「报送廉政信息3篇，其中11月20日2篇」), which asks 「还有 1 次信息报送是哪一天？」.

/** Handing in papers: 报送廉政信息 · 上报信息 · 报了党风廉政建设信息. */
const PAPERS = '(?:报送|上报|报)了?(?:廉政|廉洁|党风廉政建设|党风廉政|工作)?信息';
/** A count: 2 · 两 · 三. */
const COUNT = '(?:\\d{1,2}|[一二两三四五六七八九十])';
/** A day of a count: 11月20日 · 20日 · 20号. */
const PART_DAY = '(?:\\d{1,2}月)?\\d{1,2}[日号]';
/** More of them with no day: 另有 · 另外还有 · 另外还报了 · 此外还有 · 另. */
const FURTHER = '(?:另有|另外(?:还)?(?:有|报(?:送)?了?)?|此外(?:还)?(?:有|报(?:送)?了?)|另)';
/** What may close the clause of those: their day not remembered (记不清日期了 · 日期忘了 · 哪天报的不记得了), or nothing. */
const TAIL = '(?:[,，]?\\s*(?:日期|时间|哪天(?:报的)?|具体(?:日期|时间))?(?:记不清|记不得|不记得|忘记?)了?(?:日期|时间|哪天)?了?)?';
const END = '(?=\\s*(?:$|[。；;\\n]))';

/** 11月20日报送廉政信息2篇，另有1篇: the day, the handing-in words, the dated count, the count of no day. */
const DATED_THEN_MORE = new RegExp(`(\\d{1,2}月\\d{1,2}[日号])\\s*(${PAPERS})\\s*(${COUNT})篇\\s*[,，;；]\\s*${FURTHER}\\s*(${COUNT})篇${TAIL}${END}`, 'g');
/** 报送廉政信息：20日2篇，27日1篇，另有1篇: the handing-in words, the dated parts, the count of no day. */
const PARTS_THEN_MORE = new RegExp(`(${PAPERS})\\s*[:：]\\s*((?:${PART_DAY}\\s*${COUNT}篇\\s*[,，、;；]\\s*)+)${FURTHER}\\s*(${COUNT})篇${TAIL}${END}`, 'g');

const NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const numberOf = (said: string): number => (/\d/.test(said) ? Number(said) : NUMBERS[said]!);

/**
 * `text` with each dated count of papers followed by more papers of no day (另有M篇) written as the total and its dated
 * part: 「11月20日报送廉政信息2篇，另有1篇」 → 「报送廉政信息3篇，其中11月20日2篇」; 「报送廉政信息：20日2篇，另有1篇」 →
 * 「报送廉政信息3篇，其中20日2篇」. `text` itself when there is none. 另有1篇未采用 (a remark on the papers) is left as written.
 */
export function withFurtherPapersCounted(text: string): string {
  if (!/篇/.test(text) || !/另|此外/.test(text)) return text;
  return text
    .replace(DATED_THEN_MORE, (whole, day: string, papers: string, n: string, m: string) => `${papers}${numberOf(n) + numberOf(m)}篇，其中${day}${n}篇`)
    .replace(PARTS_THEN_MORE, (whole, papers: string, parts: string, m: string) => {
      const dated = [...parts.matchAll(new RegExp(`(${COUNT})篇`, 'g'))].reduce((sum, p) => sum + numberOf(p[1]!), 0);
      return `${papers}${dated + numberOf(m)}篇，其中${parts.replace(/[\s,，、;；]+$/, '')}`;
    });
}
