// Round 49 (fvb, t51b F2): a tally of papers by department (paperTally) is read as one clause per department; what the
// clauses alone cannot carry is put back here. 「办公室3篇，宣文部2篇」 each department's papers, their days asked by the
// count's question (「共 3 次信息报送，分别是哪几天？」, as 「办公室11月份报送廉政信息3篇」 alone asks) — several counted clauses of
// one kind were read as one undated paper each, the other papers lost without a word. A total said beside the items
// (共6篇) that is their sum adds nothing; one that is not is said on the card. 其中1篇被市纪委网站采用 (t51b F9: kept nowhere)
// is kept in the note of the papers it is said of.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';
import type { PaperTally } from './departmentPaperItems.js';

/** The department id a tally item names (its name or an alias). */
function departmentIdOf(name: string, directory: Directory): string | undefined {
  return directory.org.departments.find((d) => d.name === name || d.aliases.includes(name))?.id;
}

/** The kinds a tally counts: 信息, 自查报告, 调研报告, 述责述廉报告. */
const PAPERS = new Set(['report_info', 'report_self', 'report_research', 'report_duty']);

const withNote = (r: ParsedReport, words: string): ParsedReport => ({ ...r, draft: { ...r.draft, note: r.draft.note ? `${r.draft.note}；${words}` : words } });

/**
 * `reports` (null: no report, returned as it is) read from a tally written out (withDepartmentPaperItems), with: an undated
 * paper of a department whose item counts N (≥2) asking the days of all N (missing_date × N); the remarks of an item on
 * that department's papers, the tally's own on every paper; and, when the total said is not the items' sum, a remark
 * naming both and a tap (`leftover`).
 */
export function withPaperTallyChecked(reports: ParsedReport[] | null, tally: PaperTally, directory: Directory): ParsedReport[] | null {
  if (reports === null) return reports;
  const isPaper = (r: ParsedReport) => r.draft.counterpartIds.length === 0 && r.draft.type !== undefined && PAPERS.has(r.draft.type);
  let out = reports;
  for (const item of tally.items) {
    const id = departmentIdOf(item.department, directory);
    if (id === undefined) continue;
    const at = (r: ParsedReport) => isPaper(r) && r.draft.departmentId === id;
    if (item.days.length === 0 && item.count !== undefined && item.count >= 2) {
      const undated = out.filter((r) => at(r) && r.draft.date === undefined);
      if (undated.length === 1) {
        const asked = undated[0]!;
        out = out.map((r) => (r === asked ? { ...r, problems: r.problems.map((p) => (p.code === 'missing_date' ? { code: 'missing_date' as const, count: item.count } : p)) } : r));
      }
    }
    if (item.remarks.length > 0) out = out.map((r) => (at(r) ? withNote(r, item.remarks.join('；')) : r));
  }
  if (tally.remarks.length > 0) out = out.map((r) => (isPaper(r) ? withNote(r, tally.remarks.join('；')) : r));
  const sum = tally.items.reduce((n, i) => n + (i.count ?? Math.max(1, i.days.length)), 0);
  if (tally.total !== undefined && tally.total !== sum && out.length > 0) {
    const [first, ...rest] = out;
    const remark = `消息里写的合计${tally.total}篇与各部门逐项相加的${sum}篇不一致，已按逐项记录，请核对是否漏记或多记`;
    out = [{ ...first!, remarks: [...first!.remarks, remark], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...rest];
  }
  return out;
}
