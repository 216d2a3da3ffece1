// 今年以来，陈志强副理事长共开展谈心谈话7次，11月20日与冯雪谈心谈话 (t31c): once the running total is out, the dated deed
// after it had no subject and was recorded at once as the sender's talk with 冯雪. The total's doer is that deed's doer.

/** Turned to, not the doer: 与冯雪 · 和李明 · 找郑华 · 对王磊. */
const TURNED_TO = /[与和跟同找对向为给]$/;
/** A leading day (11月20日 · 20日 · 昨天) and the commas after it, where the doer is written back. */
const LEADING_DAY = /^[\s\u0000,，]*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|[今昨前]天)?(?:上午|下午|晚上)?[\s\u0000,，]*/;

/** The directory names `words` says as a doer (not after 与/和/找…), in order of first mention. */
function doersIn(words: string, names: readonly string[]): string[] {
  return names.filter((n) => {
    for (let at = words.indexOf(n); at >= 0; at = words.indexOf(n, at + 1)) if (!TURNED_TO.test(words.slice(0, at))) return true;
    return false;
  });
}

/**
 * `rest` (what is left once running totals are out) with the one doer the removed totals (`removed`) named written
 * after its leading day: 「11月20日与冯雪谈心谈话」 after 「陈志强副理事长共开展谈心谈话7次」 is 「11月20日陈志强与冯雪谈心谈话」.
 * `rest` unchanged when the totals named no doer or several, or its first sentence has a doer of its own (a name not
 * turned to, 我, 他/她).
 */
export function withTotalDoerCarried(rest: string, removed: string, names: readonly string[]): string {
  const doers = doersIn(removed, names);
  if (doers.length !== 1) return rest;
  const first = /^[^。；;！？!?\n]*/.exec(rest)![0];
  if (/[我他她]/.test(first) || doersIn(first, names).length > 0) return rest;
  const day = LEADING_DAY.exec(rest)![0];
  return `${day}${doers[0]}${rest.slice(day.length)}`;
}
