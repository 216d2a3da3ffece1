// 「今天和孙丽进行了廉政谈话，刚才那条警示教育不算」 (round 33c: a second record, a new 警示教育, on the card): a clause that names
// a record made before to be left out (droppedRecordWords) tells of that record, no deed of this message. It is taken out
// before reading, and the card says it was not recorded and how to withdraw the earlier one.
import type { ParsedReport } from './draft.js';
import { droppedRecordWords } from './namedItemDrop.js';
import { recordsNamed } from './recordsNamed.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

export interface DroppedRecordClause {
  /** The message without those clauses. */
  text: string;
  /** The clauses as written, for the remark. */
  clauses: string[];
}

/** A clause between , ; 。 (or the message's ends), with the mark that ends it. */
const CLAUSE = /(?<=^|[,，;；。\n])([^,，;；。\n]+)([,，;；。\n]|$)/g;

/**
 * `text` without its clauses that name an earlier record to be left out (刚才那条警示教育不算 · 孙丽的廉政谈话不用记), or
 * undefined when it has none, or words that name no activity are left beside them. When they are all there is
 * (刚才那条警示教育不算，孙丽的廉政谈话也不用记) `text` is empty: no report.
 */
export function withoutDroppedRecordClause(text: string): DroppedRecordClause | undefined {
  const clauses: string[] = [];
  const rest = text.replace(CLAUSE, (whole, clause: string) => {
    if (droppedRecordWords(clause) === undefined) return whole;
    clauses.push(clause.trim());
    return '';
  });
  if (clauses.length === 0) return undefined;
  const left = rest.replace(/[,，;；]+(?=[。\n]|$)/g, '').trim();
  if (/^[\s,，;；。.!！]*$/.test(left)) return { text: '', clauses };
  const { titles, rest: words } = extractTitles(left);
  if (titles.length === 0 && findKinds(words).length === 0) return undefined;
  return { text: left, clauses };
}

/** 刚才 · 之前 · 上次 · 报过的: words pointing at a record made before, never at one of this message. */
const EARLIER = /刚才|刚刚|之前|上次|上回|前面|上面|此前|已经报|报过|已报|记过/;

/**
 * `reports` read without those clauses, shown for 确认. A clause that names, by its person, records of this very message
 * (…，对王强进行了函询谈话，王强那个函询不算: round 59, fcb; fdb's finding, 王强's talk stayed on the card) takes them off
 * the card, which says so; other clauses speak of records made before: the remark says they were not recorded and what to
 * send instead. `nameOf`: a directory id's name; `today`: YYYY-MM-DD (Asia/Shanghai), for a day in the words. A clause that
 * would take off every record, or names none of them, is read as before.
 */
export function withDroppedRecordNoted(reports: ParsedReport[] | null, d: DroppedRecordClause, nameOf: (id: string) => string | undefined, today: string): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const earlier: string[] = [];
  const off = new Set<number>();
  const said: string[] = [];
  const namedBy = d.clauses.map((clause) => {
    const words = droppedRecordWords(clause);
    return words === undefined || EARLIER.test(clause) ? [] : recordsNamed(words, reports, nameOf, today).filter((i) => reports[i]!.draft.counterpartIds.length > 0);
  });
  // 孙杰那次不算，王强那个也不用记 of a message of those two talks only: which words speak of what is unsure, read as before.
  const all = new Set(namedBy.flat()).size >= reports.length;
  for (const [k, clause] of d.clauses.entries()) {
    const named = all ? [] : namedBy[k]!;
    if (named.length === 0 || named.some((i) => off.has(i))) {
      earlier.push(clause);
      continue;
    }
    for (const i of named) off.add(i);
    const people = [...new Set(named.flatMap((i) => reports[i]!.draft.counterpartIds).map((id) => nameOf(id) ?? id))];
    said.push(`按「${clause}」，与${people.join('、')}的${named.length > 1 ? `${named.length}条` : '那条'}已从本次记录中去掉，不记录`);
  }
  const kept = reports.filter((_r, i) => !off.has(i));
  const remarks = [...said, ...(earlier.length > 0 ? [`「${earlier.join('」「')}」说的是之前的记录，没有记成新的一条；要撤销那条，请单独发送这句话`] : [])];
  const [first, ...others] = kept;
  return [{ ...first!, remarks: [...first!.remarks, ...remarks], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...others];
}
