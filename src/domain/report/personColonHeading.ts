// 王建国同志：11月10日与李明、孙丽签订…；11月16日召开分管科室会议。 · 陈志强副理事长：⏎11月4日与郑华… · 【陈志强副理事长】11月4日…
// (round 45, frg: the 纪检 officer's summary per leader — the subjectless items were asked whose, a first item's day was
// lost (「陈志强副理事长：11月4日」 asked when), and 【陈志强副理事长】 made him one the sender talked to): a line opening with
// one person's name (a title or 同志 after it) and a colon, or the name in 【】, is a heading naming whose the items under
// it are, as 「刘芳同志11月份工作：」 is read.
import { alternation } from './parseDirectoryIndex.js';

/** A title or 同志 after the name. */
const TITLE = '(?:副?(?:书记|理事长|主任|部长|科长|局长|主席))?(?:同志)?';
/** What opens the items after the heading: a day, a numbered item, a span word, or the next line. */
const ITEMS_NEXT = '(?=\\s*(?:\\d|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]|[①②③④⑤⑥⑦⑧⑨]|本月|上月|本周|上周|近日|今天|昨天|前天|\\n|$))';

/**
 * `text` with each line-opening 「<name><title>：」 or 「【<name><title>】」 before its items written 「<name><title>工作情况：」,
 * the heading shape the account readers know. `names`: the directory's people's names. Unchanged when no line opens so.
 */
export function withPersonColonHeading(text: string, names: readonly string[]): string {
  if (!/[:：】]/.test(text) || names.length === 0) return text;
  const name = `(?:${alternation(names)})${TITLE}`;
  const heading = new RegExp(`(^|\\n)[ \\t]*(?:【\\s*(${name})\\s*】|(${name})\\s*[:：])[ \\t]*${ITEMS_NEXT}`, 'g');
  // 李明同志：11月5日与王强谈话 · 张伟书记：11月27日和陈志强廉政谈话 (j25, b29): one item after a name and a colon may be
  // written to that person, the sender's own deed; only a summary is read as theirs: 【…】, the items on the lines below,
  // two or more items (days), or two or more such headings.
  const found = [...text.matchAll(heading)];
  if (found.length === 0) return text;
  const days = text.match(/\d{1,2}月\d{1,2}[日号]|(?<![\d.])\d{1,2}[.．]\d{1,2}(?![\d.])/g)?.length ?? 0;
  const summary = found.length >= 2 || days >= 2 || found.some((m) => m[2] !== undefined || /^\s*\n/.test(text.slice(m.index + m[0].length)));
  if (!summary) return text;
  return text.replace(heading, (_m, start: string, bracketed: string | undefined, colon: string | undefined) => `${start}${bracketed ?? colon}工作情况：`);
}
