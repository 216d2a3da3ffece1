// 1\t10月15日\t廉政谈话\t孙丽\t王强⏎\t\t\t\t李娟 (round 20u, L05: the talk with 李娟 silently dropped): a row of blank cells
// but the last, pasted from a merged cell, goes on the row above. Folded before the bot (it keeps tabs since round 37), the
// row arrives as 「李娟」 alone on its line, right under a row of four or more cells.

/** A line of nothing but one or a few names (李娟 · 李娟、赵磊), its blank cells gone or not. */
const NAMES_ONLY = /^[\t ]*([\u4e00-\u9fa5]{2,3}(?:[、,，][\u4e00-\u9fa5]{2,3})*)[\t ]*$/;
/** A table row: four or more cells, separated by tabs or spaces, the first a number or a day. */
const TABLE_ROW = /^\s*(?:\d{1,2}|\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2})[\t ]+\S+[\t ]+\S+[\t ]+\S+/;

/**
 * `text` with each line that holds only a name (its other cells blank) under a table row joined to that row: its last
 * cell gets 「、李娟」. A line naming the sender (`senderName`) is a sign-off under the table, not a merged cell.
 */
export function withMergedCellRows(text: string, senderName?: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const previous = out[out.length - 1];
    const names = NAMES_ONLY.exec(line);
    if (names && names[1] !== senderName && previous !== undefined && TABLE_ROW.test(previous) && /\S$/.test(previous)) {
      out[out.length - 1] = `${previous}、${names[1]}`;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
