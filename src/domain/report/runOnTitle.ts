// 学习《会计法》和财经纪律有关规定 (round 59, fcf; the read-back's two conventions): fdf's first reading stored it as
// 《会计法、财经纪律有关规定》 while fdc's typed edit 「第3条题目改成《会计法》和财经纪律有关规定」 wrote
// 《〈会计法〉和财经纪律有关规定》, so the same words read back two ways. One joiner serves both: a title the member ran on
// after 》 with 和/及/以及/与/、 is one title in their words, the quoted part set in 〈〉 as a title inside a title is written
// (README round 58, fdc). Titles quoted apart (《A》和《B》) stay a list joined by 、.

/** 和 · 及 · 以及 · 与 · 、 between a quoted title and the words that run on after it. */
const RUN_ON_JOIN = /^(?:以及|和|及(?!其)|与|、)$/;

/**
 * The one title `quoted` (the words inside 《》, trimmed) and `tail` (what ran on after 》: 和财经纪律有关规定 · 及《预算法》)
 * make: 〈会计法〉和财经纪律有关规定. A 《》 inside the tail is set in 〈〉 too. No errors; `tail` is taken as given.
 */
export function runOnTitle(quoted: string, tail: string): string {
  return `〈${quoted.trim()}〉${tail.replace(/《([^《》]+)》/g, '〈$1〉')}`;
}

/**
 * The record's title for the `titles` a clause named (in order), reading `text` (the clause as written) for how they were
 * joined: a title written bare right after a quoted one with a join word (《会计法》和财经纪律有关规定) runs on from it
 * (runOnTitle); any other titles are a list joined by 、 (《A》和《B》 → A、B). Returns '' for no titles.
 */
export function titleOfTitles(titles: string[], text: string): string {
  const out: string[] = [];
  for (let i = 0; i < titles.length; i++) {
    const title = titles[i]!;
    const prev = i > 0 ? titles[i - 1]! : undefined;
    const join = prev === undefined ? undefined : joinAfterQuoted(text, prev, title);
    if (join !== undefined && !out[out.length - 1]!.startsWith('〈')) out[out.length - 1] = runOnTitle(prev!, `${join}${title}`);
    else out.push(title);
  }
  return out.join('、');
}

/** The join word when `text` has 《prev》, then a join, then `bare` written without 《》 (voice spaces allowed); else undefined. */
function joinAfterQuoted(text: string, prev: string, bare: string): string | undefined {
  const at = text.indexOf(`《${prev}》`);
  if (at < 0) return undefined;
  const after = text.slice(at + prev.length + 2);
  const m = /^\s*(以及|和|及|与|、)\s*/.exec(after);
  if (!m || !RUN_ON_JOIN.test(m[1]!)) return undefined;
  // Only the bare title itself, right after the join (新修订的 may stand between, as parseTraining's REVISED_EDITION reads it).
  const rest = after.slice(m[0].length).replace(/^(?:最?新修订的?|最新版的?|新版的?)\s*[，,]?\s*/, '');
  return rest.startsWith(bare) ? m[1]! : undefined;
}
