// 「「组联部」按其负责人周涛记录」 (parseCounterparts: a unit named where one person is meant, read as its head) stayed on the card
// and the receipt after 「第2条对象是组联部全体人员」 made the signing 周涛's and 张颖's (round 66, gfd; t68b): the note said the
// unit stood for its head alone, which the card no longer shows. Pure.

/** parseCounterparts' note; group 1 the unit's words, group 2 the head's name. */
const HEAD_NOTE = /^「([^」]+)」按其负责人([\u4e00-\u9fa5]{2,4})记录$/;

/** A record as far as this reads it: its kind, day and doer, and whom it was with. */
interface Held {
  type?: string;
  date?: string;
  actorId?: string;
  counterpartIds: readonly string[];
}

/**
 * `remarks` less each 「X」按其负责人H记录 note that is no longer true of `drafts` (the card's records now): no record is with H
 * any more (H taken off, or put right to another), or the records of H's deed (same kind, day and doer) are with someone
 * else of X too (X read whole on the card). `peopleOf(words)` gives the names of the people of the unit the words name ([]
 * when none: the note is then judged by H alone); `nameOf` a person's name by id; `senderId` the doer of a record with no
 * actorId. Every other remark kept, in order.
 */
export function headNotesKept(remarks: readonly string[], drafts: readonly Held[], senderId: string, nameOf: (id: string) => string | undefined, peopleOf: (words: string) => readonly string[]): string[] {
  if (!remarks.some((r) => r.includes('按其负责人'))) return [...remarks];
  const key = (d: Held) => `${d.type ?? ''}|${d.date ?? ''}|${d.actorId ?? senderId}`;
  return remarks.filter((r) => {
    const m = HEAD_NOTE.exec(r);
    if (!m) return true;
    const head = m[2]!;
    const withHead = drafts.filter((d) => d.counterpartIds.some((id) => nameOf(id) === head));
    if (withHead.length === 0) return false;
    const unit = new Set(peopleOf(m[1]!).filter((n) => n !== head));
    const deeds = new Set(withHead.map(key));
    return !drafts.some((d) => deeds.has(key(d)) && d.counterpartIds.some((id) => unit.has(nameOf(id) ?? '')));
  });
}
