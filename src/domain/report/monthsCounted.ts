// 6月和11月分别与分管科室负责人进行了廉政谈话 · 今年6月和11月各开展了一次廉政教育 (round 30a, F5: two talks of four kept, the
// months lost and two dropped without a word): a list of months over one deed said 分别/各 is that deed once a month.

/** A month written as a number or in Chinese: 6月 · 11月份 · 十一月. */
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?';
/** Two or more months joined (和 · 、 · 及 · 与), then 分别 or 各 and, for 各, the 一次 it counts by. */
const MONTHS_EACH = new RegExp(
  `(${MONTH}(?:(?:和|、|及|与)${MONTH})+)(?:分别|各)(?:(开展了?|进行了?|组织了?|召开了?|举办了?|讲了?|上了?)?一次|(?=[与和跟同找对向为给]|开展|进行|组织|召开|举办|讲|上|签订|签|检查|督查|观看|学习|报送))`,
  'g',
);
const KIND = '(?:教育|检查|督查|会议|会|党课|谈话|谈心|签订|责任书|报告|信息)';
const TWO_KINDS = new RegExp(`${KIND}[^,，;；。]*?(?:和|及|、|以及)[^,，;；。]*?${KIND}`);
const COUNT_WORD = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * `text` with each 「M月和N月分别/各（V一次）」 written as 「M月、N月两次（V）」, the counted shape the readers after it
 * already turn into that many records whose days are asked. Months are never read as days here: what day in each month
 * is still asked. Unchanged when no list of months stands before 分别/各 and a deed.
 */
export function withMonthsCounted(text: string): string {
  if (!/月/.test(text) || !/分别|各/.test(text)) return text;
  return text.replace(MONTHS_EACH, (_all, list: string, verb: string | undefined, at: number, whole: string) => {
    // 6月和11月分别开展了廉政教育和作风检查: two kinds, one a month — a pairing, left to the readers that ask about it.
    if (TWO_KINDS.test(whole.slice(at + _all.length).split(/[,，;；。\n]/)[0]!)) return _all;
    const months = list.split(/和|、|及|与/);
    const n = months.length;
    return n >= 2 && n <= 12 ? `${months.join('、')}${COUNT_WORD[n]}次${verb ?? ''}` : _all;
  });
}

/** 6 · 06 · 十一 → 6 · 11: a month's number as MONTH spells it. */
function monthNumber(word: string): number {
  const w = word.replace(/月份?$/, '');
  if (/^\d+$/.test(w)) return Number(w);
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return w.startsWith('十') ? 10 + digits.indexOf(w.slice(1)) : digits.indexOf(w);
}

/**
 * The months (YYYY-MM, in the order written) of the first 「M月和N月分别/各…」 in `text`, each in the twelve months up
 * to `today` (ISO day: a month after today's is last year's); undefined when the text has no such list.
 */
export function monthsEach(text: string, today: string): string[] | undefined {
  if (!/月/.test(text) || !/分别|各/.test(text)) return undefined;
  MONTHS_EACH.lastIndex = 0;
  const m = MONTHS_EACH.exec(text);
  MONTHS_EACH.lastIndex = 0;
  if (!m) return undefined;
  const year = Number(today.slice(0, 4));
  const now = Number(today.slice(5, 7));
  return m[1]!.split(/和|、|及|与/).map((word) => {
    const n = monthNumber(word);
    return `${n > now ? year - 1 : year}-${String(n).padStart(2, '0')}`;
  });
}
