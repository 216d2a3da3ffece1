// 11.26 陈副理事长来部里跟我们集体谈话（这个胡军已经报过了） (round 43, t44a F2: 胡军 made the one talked to): an aside saying
// who has already reported the deed names a reporter, never anyone the deed was with. It is no deed either, so it goes
// before the people are read; the deed itself is read as written (a duplicate of the other's record is found later).

/** The aside: （这个/这条/此项 X 已经报过了/已上报/报了） in brackets, or such a clause closing the text or an entry. */
function asidePattern(names: readonly string[]): RegExp {
  const who = names.filter((n) => n.length >= 2).join('|');
  const body = `(?:这个|这条|这项|此项|该项|这次|这次的)?(?:${who})(?:同志|书记|部长|主任|科长|副理事长|理事长)?(?:那边|那儿)?(?:已经|已|都|也)?(?:报过|上报过?|报了|报送过?|录过|登记过?|填过|交过)(?:了|的)?`;
  return new RegExp(`\\s*[（(]\\s*${body}\\s*[)）]|[,，]\\s*${body}(?=\\s*(?:[。;；\\n]|$))`, 'g');
}

/** `text` without an aside saying which person already reported the deed (see the file comment); unchanged otherwise. */
export function withoutReportedAside(text: string, names: readonly string[]): string {
  if (!/报|录|登记|填|交/.test(text)) return text;
  // Only the names written here are compiled (issue 14: a pattern of every directory name per message was the parse's cost).
  const written = names.filter((n) => n.length >= 2 && text.includes(n));
  return written.length === 0 ? text : text.replace(asidePattern(written), '');
}
