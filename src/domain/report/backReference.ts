// 11月16号又与两位部长签订了责任书 · 与他们谈了心: people named in the clause before, referred back to.
import { isTalkType } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

const COUNTS: Record<string, number> = { 两: 2, 二: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 2: 2, 3: 3, 4: 4, 5: 5 };

/** 与两位部长 · 和这三名同志 · 跟他们 · 同二人 · 与上述同志: someone introduced who is only a reference back. */
const BACK = new RegExp(
  '(?:与|和|跟|同|对|找)(?:这|上述|以上|前述)?(?:([两二三四五2-5])(?:位|名|个)[\\u4e00-\\u9fa5]{0,5}?(?:部长|科长|主任|同志|负责人|领导|书记|理事长|干部)?' +
    '|(?:他们|她们|他俩|她俩|上述同志|以上同志|上述人员|以上人员|前述同志)(?:([两二三四五2-5])[人位])?|([两二三四五2-5])人)',
);

/** The reference back in a clause, with the number of people it says (undefined: 他们, any number above one). */
export function backReference(piece: string): { count?: number } | undefined {
  const m = BACK.exec(piece);
  if (!m) return undefined;
  const digit = m[1] ?? m[2] ?? m[3];
  return digit !== undefined ? { count: COUNTS[digit] } : {};
}

const isPairwise = (r: ParsedReport) => r.draft.type === 'pledge_sign' || (r.draft.type !== undefined && isTalkType(r.draft.type));

/**
 * The talk or 责任书 records of `piece` that name no one but refer back (与两位部长, 与他们) take the
 * counterparts of the records of the clause before (`before`) when the doer is the same and the
 * number fits, one record each, shown for a tap; otherwise they are asked whom (found by the tester,
 * round 10: a 责任书 with no one on it). Returns `reports` unchanged when there is no reference back.
 */
export function withBackReference(reports: ParsedReport[], piece: string, before: ParsedReport[], directory: Directory): ParsedReport[] {
  const ref = backReference(piece);
  if (ref === undefined) return reports;
  const bare = (r: ParsedReport) => isPairwise(r) && r.draft.counterpartIds.length === 0 && !r.problems.some((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  if (reports.length === 0 || !reports.every(bare)) return reports;
  const doer = reports[0]!.draft.actorId;
  const named = before.filter((r) => r.draft.counterpartIds.length > 0 && r.draft.actorId === doer);
  const ids = [...new Set(named.flatMap((r) => r.draft.counterpartIds))];
  const fits = ids.length > 1 && (ref.count === undefined || ref.count === ids.length) && named.length === before.length;
  if (!fits) {
    return reports.map((r) => (r.problems.some((p) => p.code === 'missing_counterpart') ? r : { ...r, problems: [...r.problems, { code: 'missing_counterpart' as const }] }));
  }
  return reports.flatMap((r) =>
    ids.map((id): ParsedReport => {
      const departmentId = directory.person(id)?.departmentId ?? r.draft.departmentId;
      const draft = { ...r.draft, counterpartIds: [id], ...(departmentId ? { departmentId } : {}) };
      const names = ids.map((x) => directory.person(x)?.name ?? x).join('、');
      return { ...r, draft, problems: r.problems.filter((p) => p.code !== 'missing_counterpart'), remarks: [...r.remarks, `「${BACK.exec(piece)![0].slice(1)}」按前面提到的${names}记录`], reasons: [...(r.reasons ?? []), 'items'] };
    }),
  );
}
