// 「11月25日对财务科开展作风纪律检查，发现的问题尚未完成整改」: what a check found is still open; the check was done.
import type { ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

export interface UnfixedFinding {
  /** The message without those clauses. */
  text: string;
  /** The clauses as written, for the remark. */
  clauses: string[];
}

/** A clause between , ; 。 (or the message's ends), with the mark that ends it. */
const CLAUSE = /(?<=^|[,，;；。\n])([^,，;；。\n]+)([,，;；。\n]|$)/g;
/** 问题尚未整改 · 发现的问题还没有整改到位 · 隐患暂未整改完毕: a finding not yet put right. */
const UNFIXED = /(?:问题|隐患|情况)[^,，;；。\n]{0,8}?(?:尚未|还未|还没有?|暂未|未)(?:完成|全部|彻底)?整改/;

/**
 * `text` without its clauses saying a finding is not yet put right, or undefined when it has none or nothing naming an
 * activity is left. Round 34a (F2's kind): 尚未 in that clause denied the whole message and the check was lost.
 */
export function withoutUnfixedFindings(text: string): UnfixedFinding | undefined {
  const clauses: string[] = [];
  const rest = text.replace(CLAUSE, (whole, clause: string, mark: string) => {
    if (!UNFIXED.test(clause)) return whole;
    clauses.push(clause.trim());
    return /[。\n]/.test(mark) ? mark : '';
  });
  if (clauses.length === 0) return undefined;
  const left = rest.replace(/[,，;；]+(?=[。\n]|$)/g, '').trim();
  const { titles, rest: words } = extractTitles(left);
  if (titles.length === 0 && findKinds(words).length === 0) return undefined;
  return { text: left, clauses };
}

/** `reports` read without those clauses, the first saying the finding is no record of its own. */
export function withUnfixedNoted(reports: ParsedReport[] | null, u: UnfixedFinding): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  const remark = `「${u.clauses.join('」「')}」是检查发现的问题，不单独记录`;
  return [{ ...first!, remarks: [...first!.remarks, remark] }, ...others];
}
