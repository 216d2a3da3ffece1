// 林晓｜「本月赵书记共谈心谈话2次」 (round 56, fge; fhc/fhe left-alone: read as 林晓's talk with 赵敏, its day asked): a person
// written right before a counted talk (赵书记共谈心谈话2次 · 赵敏书记本月谈心谈话2次 · 黄书记累计廉政谈话3次) is who held the
// talks, as 「本月赵书记开展谈心谈话2次」 already reads; with whom and when are asked. Written with 开展 before the talk's
// kind, the way the doer's reader knows a deed's subject. Only the tally (N次) is read so: 「赵书记谈心谈话了」 says no count
// and is left as read.

/** A post after a name or surname: 赵书记 · 赵敏书记 · 刘芳副理事长 · 孙科长. */
const POST = '(?:同志|书记|副理事长|理事长|部长|主任|科长)';
/** A span the tally counts over: 本月 · 上个月 · 11月 · 11月份 · 今年 · 本季度. */
const SPAN = '(?:本月|这个?月|上个?月|本季度|今年(?:以来)?|\\d{1,2}月份?)';

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * The counted talk after a person: group 1 what opens it (start, a break or a span), 2 the person, 3 a span or 共 after
 * them, 4 the talk's kind and its count.
 */
function pattern(names: readonly string[]): RegExp {
  const known = patterns.get(names);
  if (known) return known;
  const name = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const person = `(?:(?:${name})${POST}?|[\\u4e00-\\u9fa5]${POST})`;
  const made = new RegExp(
    `(^|[,，;；。\\n\\s]|${SPAN})(${person})((?:${SPAN})?(?:共|一共|共计|累计)?)(?=(?:谈心谈话|廉政谈话|谈心|谈话)(?:\\d{1,2}|[两二三四五六七八九十]{1,2})(?:次|人次))`,
    'g',
  );
  patterns.set(names, made);
  return made;
}

/** `text` with a counted talk right after a person (see above) written with 开展 before its kind; `text` itself otherwise. */
export function withTalkTallyDoer(text: string, names: readonly string[]): string {
  if (names.length === 0 || !/次/.test(text)) return text;
  return text.replace(pattern(names), (_m, lead: string, who: string, span: string) => `${lead}${who}${span}开展`);
}
