// 李娟「本月我科共开展廉政教育2次，其中12月1日学习《条例》，12.3观看警示教育片」 (round 63, gcd; gba's left-alone: a third
// record, the lead, its day asked, and the film's doer asked among six leaders): the counted-deed readers (subtotalOverItems ·
// countedDeedDays) open an item only on a day written 12月3日 or 3日, so the item dated 12.3 was read as part of the one
// before it and the lead was left a record of its own. A dotted day opening a clause after a counted lead is that day,
// written as the readers read it; the lead then only counts its items, as with 12月3日.

/** A counted lead: a count of times (2次 · 两次 · 三场), then a stop or 其中 before the items. */
const COUNTED_LEAD = /(?:[两二三四五六七八九十]|\d{1,2})\s*(?:次|场|回|项|期)\s*(?:[,;:]|其中)/;
/** A dotted day opening a clause (after , ; :, a space for a comma, or 其中) right before a deed's words. Groups: the stop, month, day. */
const DOTTED_ITEM_DAY = /([,;:\s]|其中)\s*(\d{1,2})\.(\d{1,2})(?=\s*[\u4e00-\u9fa5])/g;

/**
 * `text` (normalised: ASCII stops) with each dotted day (12.3) that opens a clause after a counted lead on its line
 * (…2次,其中12月1日…,12.3观看…) written 12月3日; months 1–12 and days 1–31 only. Unchanged when no line has such a lead.
 */
export function withDottedItemDays(text: string): string {
  if (!text.includes('.') || !COUNTED_LEAD.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const lead = COUNTED_LEAD.exec(line);
      if (lead === null) return line;
      const from = lead.index;
      const items = line.slice(from).replace(DOTTED_ITEM_DAY, (whole, stop: string, month: string, day: string) =>
        Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31 ? `${stop}${Number(month)}月${Number(day)}日` : whole,
      );
      return line.slice(0, from) + items;
    })
    .join('\n');
}
