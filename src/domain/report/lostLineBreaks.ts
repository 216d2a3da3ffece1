// A message whose line breaks came through as the letters of an escape: 工作：\n一是… · 工作：n1、… (pasted from a form or a
// tool that wrote the break out, or lost its backslash).

/** What starts an entry of a list: a marker (一是 · 1、 · （一） · ① · 第一，) or a day (11月5日 · 11.5). */
const ENTRY_START = '(?:[一二三四五六七八九十]{1,2}(?:是|、)|\\d{1,2}\\s*[、.．)）](?!\\d)|[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,2})[）)]|[①-⑳]|第[一二三四五六七八九十]{1,2}[，,、：:]|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}\\.\\d{1,2}(?!\\d))';

/**
 * A written-out break: \n (or \r\n) as two characters anywhere, or a bare n between a Chinese word or mark and an entry's
 * start (「…台帐n11月5日 组织…」, round 38 t37c F4: the backslash lost before a day).
 */
// /n · ／n (round 59, fcd; t61b F5: the items of a paste run together, a table's rows one line): a break written with the
// slash some systems export, before an entry or any Chinese word (a Latin word after it, as in a link's /news, is not one).
const WRITTEN_BREAK = new RegExp(`\\\\(?:r\\\\)?n|[ \\t\\u3000]*[/／]n(?=[ \\t\\u3000]*(?:${ENTRY_START}|[\\u4e00-\\u9fa5]))[ \\t\\u3000]*|(?<=[\\u4e00-\\u9fa5，。；：、！？）》”」%,;:!?)])n(?=${ENTRY_START})`, 'g');

/**
 * `text` with each line break written out as letters made a line break again: 中心11月份…工作：n一是11月3日…；n二是… (round
 * 38, t37c F5/F9: the heading not read as one, item 3's doer made one talked to, a week's items run together into one record
 * with item 2's leader as item 1's doer). Unchanged when there is none; a letter n inside Latin words is never touched.
 */
export function withLineBreaksRestored(text: string): string {
  return text.replace(WRITTEN_BREAK, '\n');
}
