// 李娟「本月我科共开展廉政教育2次 11月2日学习条例 11月23日观看警示教育片」 (round 64, gdd; gcd's left-alone: voice input or
// a pasted line, the items parted by spaces, not stops): the lead was read as a record of its own with no day and the film's
// doer asked among six leaders, while the same line with commas reads both items as the lead's. A space before a day that
// opens an item after a counted lead on its line is the stop the member meant, written as one (a full-width ，: the pass runs
// before normalizeText, beside the other space readers).

/** A counted lead (2次 · 两次 · 三场) with only spaces after it, then a day. Group 1: the spaces. */
const SPACED_LEAD = new RegExp(
  String.raw`(?:[两二三四五六七八九十]|\d{1,2})[ \t\u3000]*(?:次|场|回|项|期)([ \t\u3000]+)(?=(?:其中[ \t\u3000]*)?(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2}|\d{1,2}[日号]|(?:上周|本周|周)[一二三四五六日天]))`,
);
/** A verb of holding before the count (开展廉政教育2次): a lead that only counts (本月警示教育2次 其中…) is left to the readers of
 * spaced lines, which read it whole (round 62's rows). */
const HELD_BEFORE = /开展|组织|举办|进行|召开/;
/** Spaces before a day that opens an item (11月23日 · 11.23 · 23日 · 上周三), the deed's words after it. */
const SPACED_ITEM_DAY = /[ \t\u3000]+(?=(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2}|\d{1,2}[日号]|(?:上周|本周|周)[一二三四五六日天])[ \t\u3000]*[\u4e00-\u9fa5《])/g;

/**
 * `text` (as written) with the spaces after a counted lead (…廉政教育2次 11月2日…) and before each later day opening an
 * item on the same line written `，`; lines with no such lead are unchanged. Days: 11月2日 · 11.2 · 2日/2号 ·
 * 上周三/本周三/周三. The spaces between a day and its deed (11月2日 学习…) are kept.
 */
export function withSpacedLeadItems(text: string): string {
  if (!text.includes(' ') && !text.includes('\t') && !text.includes('\u3000')) return text;
  if (!SPACED_LEAD.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const lead = SPACED_LEAD.exec(line);
      if (lead === null) return line;
      if (line.startsWith('其中', lead.index + lead[0].length) && !HELD_BEFORE.test(line.slice(0, lead.index))) return line;
      const end = lead.index + lead[0].length;
      return `${line.slice(0, end - lead[1]!.length)}，${line.slice(end).replace(SPACED_ITEM_DAY, '，')}`;
    })
    .join('\n');
}
