// Round 48 (ftf, fresh shapes): 林晓「12月份廉政信息报送情况：办公室1篇（12月2日），财务科1篇（12月3日）」 recorded one paper, the
// sender's own at 财务科, the 办公室's named as 「消息里的「12月2日」没有对应到任何记录」; 「11月各部室报送信息情况：办公室2篇
// （11月5日、11月19日），财务科1篇（11月12日），…」 and 「自查报告报送情况：办公室（12月1日）、财务科（12月2日）」 the same. A 纪检
// officer's tally of papers by department — a department, its count, its days in brackets — is each department's paper on
// each day, as 「12月2日办公室报送信息1篇，12月3日财务科报送信息1篇」 already reads (its head's, on a card).
import type { Directory } from '../organization.js';

/** The tally's heading: the paper it counts, then 报送情况/统计 and a colon (the heading line may say the month first). */
const HEADING = /(廉政信息|信息|自查报告|自查总结|自查|调研报告|述责述廉报告|述职述廉报告)[^:：\n。；;]{0,10}?[:：]/;
/** One day written whole: 12月2日 · 12月2号. */
const DAY = /^\d{1,2}月\d{1,2}[日号]$/;
const COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/** The paper a heading counts, as the entry reader names it. */
function paperOf(word: string): string {
  if (/信息/.test(word)) return '廉政信息';
  if (/自查/.test(word)) return '自查报告';
  if (/调研/.test(word)) return '调研报告';
  return '述责述廉报告';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with a tally of papers by department after a paper heading (…信息报送情况：办公室1篇（12月2日），财务科…) written as
 * one clause per department and day: 「12月2日办公室报送廉政信息1篇;12月3日财务科报送廉政信息1篇」 (after normalizeText: ASCII punctuation), a count over as many days
 * one each. The heading stays. Unchanged unless every item of the list reads so (a count over a different number of days,
 * an item of no department or no day, leave the whole list as it was).
 */
export function withDepartmentPaperItems(text: string, directory: Directory): string {
  const heading = HEADING.exec(text);
  if (!heading) return text;
  const listStart = heading.index + heading[0].length;
  const surfaces = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]).filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  if (surfaces.length === 0) return text;
  const item = new RegExp(`(${surfaces.map(escape).join('|')})(?:(\\d+|[一两二三四五])篇)?[（(]([^）)]{4,40})[）)]`, 'g');
  const onlyItems = (part: string) => part.replace(item, '').replace(/[\s，,；;、。.]/g, '') === '';
  // The list runs on the heading's line, or on the lines under it while each holds items only (one a line).
  const lines = text.slice(listStart).split('\n');
  let taken = 0;
  while (taken < lines.length && onlyItems(lines[taken]!) && (taken === 0 || item.test(lines[taken]!))) {
    item.lastIndex = 0;
    taken++;
  }
  item.lastIndex = 0;
  const list = lines.slice(0, taken).join('\n');
  const paper = paperOf(heading[1]!);
  const clauses: string[] = [];
  for (const m of list.matchAll(item)) {
    const days = m[3]!.split(/[、,，和及]/).map((d) => d.trim());
    if (!days.every((d) => DAY.test(d))) return text;
    const count = m[2] === undefined ? undefined : Number(m[2]) || COUNT[m[2]];
    if (count !== undefined && days.length > 1 && count !== days.length) return text;
    const each = count === undefined ? '' : `${days.length > 1 ? 1 : count}篇`;
    for (const d of days) clauses.push(`${d}${m[1]}报送${paper}${each}`);
  }
  if (clauses.length < 2) return text;
  return `${text.slice(0, listStart)}${clauses.join(';')}${text.slice(listStart + list.length)}`;
}
