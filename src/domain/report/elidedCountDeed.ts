// 「昨天报送信息2条，今天1条」 (issue 10, s28: the 今天 clause was lost, the card saying only that a day was not read):
// a clause of only a day and a count, after a clause that told a deed with its count, is that deed again on its own day,
// written out here so the reader sees it whole. 「12月1日廉政信息1篇、12月3日2篇」 (round 42, t42a F12: the 3日 item lost, its
// count put on the 1日 one): items joined by 、 are clauses too, as they are with ，.
import { findKinds } from './parseKind.js';
import { CLAUSE_DAY } from './clauseDay.js';

/** A count of papers, times or people: 2条 · 一篇 · 两次 · 1份 · 1场 · 5人. */
const COUNT = '(?:\\d+|[一二两三四五六七八九十]{1,3})\\s*(?:条|篇|份|期|次|则|场|人)';

/** A deed whose kind the reader asks (组织学习 · 到财务科检查 · 和王强谈了话): still the same deed again. */
const UNTYPED_DEED = /学习|观看|检查|督查|抽查|谈心|谈话|谈了/;

/** The clause before: its day, the deed's words, and its count at the end (报了1条信息 keeps the kind after the count). */
const TOLD = new RegExp(`^(${CLAUSE_DAY})[\\s,，]?(.*?)(${COUNT})(.*)$`);
/** The elided clause: a day, maybe 又/也/还 and a bare verb of handing in, and a count, and nothing else. */
const ELIDED = new RegExp(`([,，;；:：、]\\s*)(${CLAUSE_DAY})[\\s,，]?(?:又|也|还)?(?:报送了?|上报了?|报了|报送|报|交了?)?(${COUNT})(?=\\s*(?:[,，。;；!！、]|$))`, 'g');

/**
 * `text` with each clause of only a day and a count (，今天1条) given the deed of the clause before it when that clause
 * opens with its day, names a kind and ends its deed with a count (昨天报送信息2条 → ，今天报送信息1条); `text` itself
 * when there is none; under a heading naming one kind (报送信息情况：11月3日2篇，11月10日1篇) the heading's kind words are
 * the deed. A clause naming anything more (，今天1条是转发的) is left as it is.
 */
export function withElidedCountDeed(text: string): string {
  // …2篇，11月26日1篇，11月28日1篇: an elided clause right after one written out takes the same deed.
  let last: { deed: string; end: number } | undefined;
  return text.replace(ELIDED, (whole, sep: string, day: string, count: string, offset: number) => {
    if (last?.end === offset) {
      last = { deed: last.deed, end: offset + whole.length };
      return `${sep.replace('、', '，')}${day}${last.deed}${count}`;
    }
    const sentence = text.slice(0, offset).split(/[。;；\n]/).at(-1) ?? '';
    const heading = /[:：]/.test(sentence) ? sentence.slice(0, Math.max(sentence.lastIndexOf(':'), sentence.lastIndexOf('：'))) : undefined;
    // 信息报送：12月1日廉政信息1篇、12月3日2篇: the item before names no deed of its own; the heading's kind is the deed.
    const deed = /[:：]/.test(sep) ? deedOfHeading(sentence) : deedBefore(sentence.split(/[,，:：、]/).at(-1) ?? '', /次|场/.test(count)) ?? (heading === undefined ? undefined : deedOfHeading(heading));
    if (deed === undefined) return whole;
    last = { deed, end: offset + whole.length };
    // A 、 between clauses reads as a list of days sharing one count; the clause written out is parted by a comma.
    return `${sep.replace('、', '，')}${day}${deed}${count}`;
  });
}

/** 报送信息情况：11月3日2篇: a heading naming one kind, whose words are the deed of the day + count clauses under it. */
function deedOfHeading(heading: string): string | undefined {
  const kinds = findKinds(heading);
  if (kinds.length === 0 || new Set(kinds.map((k) => k.code)).size > 1) return undefined;
  // 信息报送 written before a day and a count (12月3日信息报送2篇) reads as a heading of its own; 报送信息 is the deed.
  return kinds[0]!.code === 'report_info' ? '报送信息' : kinds[0]!.text;
}

/**
 * The deed of a clause opening with its day (昨天报送信息2条 → 报送信息); its count may be left out before a count of
 * times (上周三和王强谈心，周五1次). Undefined unless it names a kind or a deed whose kind is asked (学习, 检查, 谈话).
 */
function deedBefore(clause: string, times: boolean): string | undefined {
  const told = TOLD.exec(clause.trim()) ?? (times ? new RegExp(`^(${CLAUSE_DAY})[\\s,，]?(.+)()()$`).exec(clause.trim()) : null);
  if (!told) return undefined;
  // 报了1条信息: the kind may come after the count; the deed is said with it in front so the clause reads alone.
  const deed = `${told[2]!}${told[4]!}`.replace(/[\s。.!！]+$/, '');
  return findKinds(deed).length > 0 || UNTYPED_DEED.test(deed) ? deed : undefined;
}
