// 「本月赵书记共谈心谈话3次：11月2日与王磊，11月9日与何平」 from 林晓 (round 55, fhe; round 54's leftover): read as 林晓's talks
// with 赵敏, 王磊 and 何平 — the leader before the count taken for someone talked to, as in the terse 「赵书记 谈心谈话」 — though
// 「本月赵书记共开展谈心谈话3次：…」 was read right. A person named right before a counted lead of talks (X共谈话N次 · X谈心谈话
// N次), whose items then name whom (与/和/跟/同 Y), is the doer of the items: the lead is written with 开展 so the readers see
// the doer's deed (本月赵书记共开展谈心谈话3次：…), and a count above the items written asks the missing ones (statedCount).

/** Titles that follow a surname (赵书记 · 孙科长 · 王副理事长) or a full name (赵敏书记). */
const TITLE = '(?:副?书记|副?理事长|副?主任|副?部长|副?科长|干事|同志)';
/** A span before or after the person: 本月 · 上周 · 11月份 · 今年以来. */
const SPAN = '(?:本月|上月|上个月|这个月|本周|上周|这周|本季度|今年以来|今年|\\d{1,2}月份?|\\d{1,2}月以来)?';
/** The kind of talk the lead counts. */
const KIND = '(?:廉政谈话|谈心谈话|提醒谈话|廉政约谈|谈话|谈心)';
/** A count of times: 3 · 三 · 十二. */
const COUNT = '(?:\\d{1,2}|[两二三四五六七八九十]{1,3})';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` with 开展 written after the person (and 共) of a counted talk lead that opens a clause — 「本月赵书记共谈心谈话3次：」 →
 * 「本月赵书记共开展谈心谈话3次：」 — when the words after its colon or comma bring in whom (与 · 和 · 跟 · 同). `names` are the
 * directory's full names; a surname with a title (赵书记) is the person too. `text` itself when there is no such lead, or
 * when 与/和/跟/找 stands before the person (与王芳谈心谈话3次 counts talks with 王芳, read as before).
 */
export function withCountedTalkLeadDoer(text: string, names: readonly string[]): string {
  if (!/次/.test(text) || !/谈/.test(text)) return text;
  const lead = leadPattern(names);
  lead.lastIndex = 0;
  // A voice-input space between the kind and its count (谈心谈话 2次) is closed up, so the lead reads as one.
  return text.replace(lead, (whole: string, sep: string, head: string, kind: string, count: string, items: string) =>
    // The items after the colon bring in whom: the one before the count did the talks, never one talked to.
    /(?:与|和|跟|同(?!志))[\s]*[\u4e00-\u9fa5]{2,}/.test(items) && !/开展|进行|组织/.test(head) ? `${sep}${head.trimEnd()}开展${kind}${count}次` : whole,
  );
}

/** The lead's pattern for `names`, built once per names array (the directory may hold a thousand names). */
const patterns = new WeakMap<readonly string[], RegExp>();
function leadPattern(names: readonly string[]): RegExp {
  const known = patterns.get(names);
  if (known) return known;
  const full = names.length > 0 ? `${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')}` : '(?!)';
  const person = `(?:(?:${full})${TITLE}?|[\\u4e00-\\u9fa5]${TITLE})`;
  const lead = new RegExp(
    `(^|[\\n。;；,，:：\\s])(${SPAN}\\s*${person}\\s*${SPAN}\\s*(?:共计|一共|共|累计)?)\\s*(${KIND})\\s*(${COUNT})\\s*次(?=\\s*[:：,，]([^\\n。]*))`,
    'g',
  );
  patterns.set(names, lead);
  return lead;
}
