// 11月16号又与两位部长签订了责任书 · 与他们谈了心: people named in the clause before, referred back to.
import { isTalkType } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';
import { listedDepartments } from './parseTraining.js';

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
export function withBackReference(reports: ParsedReport[], piece: string, before: ParsedReport[], directory: Directory, textBefore = ''): ParsedReport[] {
  const ref = backReference(piece);
  if (ref === undefined) return reports;
  const bare = (r: ParsedReport) => isPairwise(r) && r.draft.counterpartIds.length === 0 && !r.problems.some((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  if (reports.length === 0 || !reports.every(bare)) return reports;
  const doer = reports[0]!.draft.actorId;
  const named = before.filter((r) => r.draft.counterpartIds.length > 0 && r.draft.actorId === doer);
  const recorded = [...new Set(named.flatMap((r) => r.draft.counterpartIds))];
  const fitsRecorded = recorded.length > 1 && (ref.count === undefined || ref.count === recorded.length) && named.length === before.length;
  // 教育就业部、维权部负责人参加。会上，陈志强与两位部长分别签订了责任书 (round 42, t41a F4: asked 和谁, 冯雪 not offered):
  // the heads said to attend before (on the line, or in the piece itself ahead of the reference), when no record before names
  // the people.
  const attended = fitsRecorded || named.length > 0 ? [] : attendingBefore(`${textBefore}${piece.slice(0, BACK.exec(piece)!.index)}`, directory).filter((id) => id !== doer);
  const fitsAttended = attended.length > 1 && (ref.count === undefined || ref.count === attended.length);
  const ids = fitsRecorded ? recorded : attended;
  if (!fitsRecorded && !fitsAttended) {
    // The number differs (与三位部长 after two heads named): asked, those named offered.
    const asked = attended.length > 0 ? { code: 'missing_counterpart' as const, suggestedIds: attended } : { code: 'missing_counterpart' as const };
    return reports.map((r) => ({ ...r, problems: [...r.problems.filter((p) => p.code !== 'missing_counterpart'), asked] }));
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

/** 教育就业部、维权部负责人参加 · 郑华、冯雪两位部长出席 · 郑华部长、冯雪部长列席: a clause of those who attended. */
const ATTENDED = /(?:参加|出席|列席|参会|到会|陪同)/;
/** After the departments: their heads (负责人 · 主要负责同志 · 部长 · 主任 · 科长). */
const HEADS_OF = /^(?:的)?(?:主要)?(?:负责人|负责同志|部长|主任|科长)/;

/**
 * The people the last clause of `text` that says who attended names (in order): the heads of the departments listed before
 * 负责人/部长 (教育就业部、维权部负责人参加), or the people named (郑华、冯雪两位部长参加); empty when no clause says so.
 */
export function attendingBefore(text: string, directory: Directory): string[] {
  const clauses = text.split(/[,，;；。!?！？\n]/).filter((c) => ATTENDED.test(c)).reverse();
  for (const clause of clauses) {
    const words = clause.slice(0, clause.search(ATTENDED));
    const people = directory.org.people
      .map((p) => ({ id: p.id, at: words.indexOf(p.name) }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((p) => p.id);
    if (people.length > 0) return people;
    const departments = listedDepartments(words, directory);
    const last = Math.max(...departments.map((id) => {
      const d = directory.department(id)!;
      return Math.max(...[d.name, ...(d.aliases ?? [])].map((n) => (words.lastIndexOf(n) < 0 ? -1 : words.lastIndexOf(n) + n.length)));
    }));
    if (departments.length === 0 || !HEADS_OF.test(words.slice(last))) continue;
    const heads = departments.map((id) => directory.department(id)?.headId ?? '').filter((id) => id !== '');
    if (heads.length === departments.length) return heads;
  }
  return [];
}
