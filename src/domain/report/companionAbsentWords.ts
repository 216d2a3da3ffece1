// 黄志刚 「林晓说上周五维权部那次检查 她没去 是我一个人去的」 with that check stored, 林晓 its companion (round 61, gaf; t63a/t63b
// Part B: 没看懂, the companion left on the record): a stored check named by its day, place or kind and pointed back at
// (那次), someone of it said not there (她没去 · 林晓没参加), the member owning it alone (是我一个人去的). Read as that person taken
// off the check's companions; the relayed 林晓说 … 她 names her.

/** A name said before 说 (林晓说 · 林晓刚才说): who relays, and whom 她/他 then means. */
const RELAY = '(?:([\\u4e00-\\u9fa5]{2,4}?)(?:刚才|刚刚|今天)?(?:说|讲|反映|提醒我)[,:：\\s]*)?';
/** The record pointed back at: up to 16 characters of day, place or kind, then 那次 (a check's noun may follow). */
const NAMED = '([^,;。!?\\s]{2,16}?那一?(?:次|回|趟)(?:作风纪律检查|检查|督查|抽查)?)';
/** Who was not there: a name, or 她/他 (the relayer). */
const WHO = '(?:([\\u4e00-\\u9fa5]{2,4}?)|她|他)(?:同志)?';
/** 没去 · 没参加 · 请假了 · 没跟着去. */
const NOT_THERE = '(?:其实|实际上?|当时|那天)?(?:没去|没有去|没参加|没有参加|没来|不在|请假了|没跟着去|没跟去|没同去|没一起去)(?:成)?';
/** 是我一个人去的 · 我自己查的 · 就我一个人. */
const ALONE = '(?:[,;。\\s]*(?:其实|实际上?)?(?:是|就)?我(?:一个人|自己|单独)(?:去|查|检查)?的?)?';
const ABSENT = new RegExp(`^${RELAY}${NAMED}[,;\\s]*${WHO}${NOT_THERE}${ALONE}[。.!！\\s]*$`);

/** What companionAbsentWords reads. */
export interface CompanionAbsentWords {
  /** The words naming the stored check (上周五维权部那次检查), for the caller's lookup among the member's own records. */
  about: string;
  /** The person said not there, as written (林晓 · 林干事), for the directory's reading. */
  absent: string;
}

/**
 * The companion `text` (normalised) says was not on a stored check it names, or undefined. 她/他 needs a relayer named
 * before 说 (林晓说…她没去): the pronoun is that person; with neither a name nor a relayer nothing is read.
 */
export function companionAbsentWords(text: string): CompanionAbsentWords | undefined {
  const t = text.trim();
  if (!t.includes('那') || !/没|不在|请假/.test(t)) return undefined;
  const m = ABSENT.exec(t);
  if (!m) return undefined;
  const absent = m[3] ?? m[1];
  return absent === undefined ? undefined : { about: m[2]!, absent };
}
