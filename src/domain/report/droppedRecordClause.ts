// 「今天和孙丽进行了廉政谈话，刚才那条警示教育不算」 (round 33c: a second record, a new 警示教育, on the card): a clause that names
// a record made before to be left out (droppedRecordWords) tells of that record, no deed of this message. It is taken out
// before reading, and the card says it was not recorded and how to withdraw the earlier one.
import type { ParsedReport } from './draft.js';
import { droppedRecordWords } from './namedItemDrop.js';
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

/** `reports` read without those clauses, shown for 确认 with a remark that they were not recorded and what to send instead. */
export function withDroppedRecordNoted(reports: ParsedReport[] | null, d: DroppedRecordClause): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  const remark = `「${d.clauses.join('」「')}」说的是之前的记录，没有记成新的一条；要撤销那条，请单独发送这句话`;
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...others];
}
