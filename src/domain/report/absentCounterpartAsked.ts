// 王建国「昨天和财务科签订了责任书，孙丽同志出差没有参加」 (n28: 没看懂): the only counterpart named (財务科's head) is said
// absent, so taking the absent out of every record left none, and the signing the member reported was lost. The deed was
// still said done, with someone else of that department or with no one: it is kept, its counterpart asked (和谁签的？),
// never recorded with the absent person and never dropped.
import type { ParsedReport } from './draft.js';

/**
 * `kept` (the records left once everyone in `absent` was taken out of `before`) with, for each deed of `before` whose
 * counterparts were all absent and of which no record is left (same type and day), that deed again with no counterpart
 * and a missing_counterpart problem, without the remarks naming the absent (`nameOf`: a person's name by id, as 「财务科」按其
 * 负责人孙丽记录 says it). `kept` itself when nothing was emptied so.
 */
export function withAbsentCounterpartAsked(before: readonly ParsedReport[], kept: ParsedReport[], absent: ReadonlySet<string>, nameOf: (id: string) => string): ParsedReport[] {
  const key = (r: ParsedReport) => `${r.draft.type ?? ''}|${r.draft.date ?? ''}`;
  const left = new Set(kept.map(key));
  const asked: ParsedReport[] = [];
  for (const r of before) {
    const had = r.draft.counterpartIds;
    if (had.length === 0 || !had.every((id) => absent.has(id)) || left.has(key(r))) continue;
    left.add(key(r));
    const { departmentId: _dept, departmentIds: _depts, ...draft } = r.draft;
    const missing = r.problems.some((p) => p.code === 'missing_counterpart') ? [] : [{ code: 'missing_counterpart' as const }];
    asked.push({ ...r, draft: { ...draft, counterpartIds: [] }, problems: [...r.problems, ...missing], remarks: r.remarks.filter((m) => !had.some((id) => m.includes(nameOf(id)))) });
  }
  return asked.length === 0 ? kept : [...kept, ...asked];
}
