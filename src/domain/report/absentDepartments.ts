// 「上周五部门组织学习了《准则》，共6人参加 维权部那天没来」 (round 51, fze kind 1: stored at once @维权部) · 「…共6人参加
// 维权部没参加」 (the count lost too): a department said absent is no department of the record. Before, the department named
// in the absence clause was the only one the readers found, so the record was put there; and the clause, read as a head
// count's remark, took the count with it.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** Between the department and its absence: a day, a hedge or its people (维权部那天 · 维权部的同志 · 维权部其实). */
const BETWEEN = '(?:的人|的同志|同志|的|那天|当天|那次|这次|本次|其实|实际上?|因故|因事|临时|有事|都|也)*';
/** 没来 · 没参加 · 没有到 · 未参加 · 请假 · 缺席 · 没派人: the department was not there. */
const ABSENT = '(?:没有?(?:来|参加|参会|到|到会|出席|派人(?:参加)?)|未(?:参加|参会|到|到会|出席|派人(?:参加)?)|请假|缺席|缺会)(?:了)?';

/** The absent departments read from a message, and the message without the clauses saying so. */
export interface AbsentDepartments {
  /** The message without the absence clauses (their stops and spaces too). */
  text: string;
  /** Directory ids of the departments said absent, in the order said. */
  departmentIds: string[];
  /** The clauses as written (维权部那天没来), for the card. */
  said: string[];
}

/**
 * The clauses of `text` that say a department (or several: 维权部和康复部) was absent, each a clause of its own after a space,
 * comma or stop, ending its clause (维权部那天没来 · 维权部没参加 · 康复部请假); undefined when there is none, or the clause opens
 * the message (a department absent and nothing else told is no report of this kind). Names and aliases of `directory`'s
 * departments only: 部分同志没来 is the people's absence, read elsewhere.
 */
export function absentDepartments(text: string, directory: Directory): AbsentDepartments | undefined {
  const byName = new Map<string, string>();
  for (const d of directory.org.departments) for (const n of [d.name, ...d.aliases]) if (n.length >= 2 && text.includes(n)) byName.set(n, d.id);
  if (byName.size === 0) return undefined;
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const unit = `(?:${names})`;
  const clause = new RegExp(`([,，;；。\\s\\u3000]+)(?:但|而|只是|不过)?((${unit}(?:[、和及与]${unit})*)${BETWEEN}${ABSENT})(?=[\\s\\u3000,，;；。.!！]*(?:$|[,，;；。\\n]))`, 'g');
  const ids: string[] = [];
  const said: string[] = [];
  const rest = text.replace(clause, (_all, _lead: string, words: string, units: string) => {
    for (const n of units.split(/[、和及与]/)) {
      const id = byName.get(n);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    said.push(words);
    return '';
  });
  if (ids.length === 0 || rest.trim() === '') return undefined;
  return { text: rest, departmentIds: ids, said };
}

/**
 * `reports` read without the absence clauses, with the absent departments taken off each record's departments (never
 * added), the clause named on the record. A record that was at absent departments only is dropped while others are left
 * (those then on a card); a record left with no department keeps none.
 */
export function withoutAbsentDepartments(reports: ParsedReport[] | null, absent: AbsentDepartments): ParsedReport[] | null {
  if (reports === null) return null;
  const gone = new Set(absent.departmentIds);
  const unitsOf = (r: ParsedReport) => r.draft.departmentIds ?? (r.draft.departmentId !== undefined ? [r.draft.departmentId] : []);
  // 教就部和维权部组织学习了…，维权部那天没来: the record made for the absent department alone (冯雪's study) is no deed; the
  // others are shown on a card, saying one was left out.
  const allAbsent = (r: ParsedReport) => unitsOf(r).length > 0 && unitsOf(r).every((id) => gone.has(id));
  const held = reports.filter((r) => !allAbsent(r));
  if (held.length > 0 && held.length < reports.length) {
    return withoutAbsentDepartments(held, absent)!.map((r) => ({ ...r, reasons: [...new Set([...(r.reasons ?? []), 'not_held' as const])] }));
  }
  return reports.map((r) => {
    const all = unitsOf(r);
    const left = all.filter((id) => !gone.has(id));
    const remark = `「${absent.said.join('、')}」：没有记在${absent.said.length === 1 ? '该部门' : '这些部门'}`;
    if (left.length === all.length) return { ...r, remarks: [...r.remarks, remark] };
    const { departmentId: _first, departmentIds: _all, ...draft } = r.draft;
    return { ...r, draft: { ...draft, ...(left.length > 0 ? { departmentId: left[0] } : {}), ...(left.length > 1 ? { departmentIds: left } : {}) }, remarks: [...r.remarks, remark] };
  });
}
