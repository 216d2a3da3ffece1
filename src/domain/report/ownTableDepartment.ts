// 康复部11月台账 ⏎ 日期⇥事项⇥参加人数 ⏎ 11月4日⇥集中学习《条例》⇥6 ⏎ 11月11日⇥与刘洋谈心谈话⇥2 … sent by the 康复部's head, or the
// same table with no title from a clerk of it (round 43, t43a F5: the talk row stored at 康复部, the study and film rows
// beside it with no department): a table of the sender's own department's deeds gives every such row that department.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { tableAsSentences } from './tableRows.js';

/**
 * `reports` read from `text`, a pasted table (tableAsSentences reads it), with the sender's department on each record
 * the department held — a study, film, meeting or paper (no talk, signing or check: those take the department of
 * whom they were with or where they were held), with no one on the other side and no department yet — when its doer
 * is that department's head (the sender, or the head a clerk's row was given to by the collective rule). A table whose
 * title names another department is left alone, as are the reports of a sender of no department. Others unchanged.
 */
export function withOwnTableDepartment(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || reports.length < 2) return reports;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!own || !own.headId || !reports.some((r) => heldBy(r, own.headId!, ctx.senderId))) return reports;
  if (tableAsSentences(text, ctx.directory, ctx.senderId) === undefined) return reports;
  // 组联部11月台账 from a clerk of 办公室 writing it up for them: that department's rows, read elsewhere (headingDepartment).
  const title = text.split('\n')[0] ?? '';
  const others = ctx.directory.org.departments.filter((d) => d.id !== own.id && [d.name, ...d.aliases].some((n) => title.includes(n) && ![own.name, ...own.aliases].some((m) => m.includes(n))));
  if (others.length > 0) return reports;
  return reports.map((r) => (heldBy(r, own.headId!, ctx.senderId) ? { ...r, draft: { ...r.draft, departmentId: own.id } } : r));
}

/** Whether `r` is a deed a department holds, of no department yet, done by its head `headId` (the sender when absent). */
function heldBy(r: ParsedReport, headId: string, senderId: string): boolean {
  const d = r.draft;
  const held = d.type !== undefined && !isTalkType(d.type) && d.type !== 'pledge_sign' && !d.type.startsWith('inspect_') && d.type !== 'pledge_check';
  return held && d.departmentId === undefined && d.counterpartIds.length === 0 && (d.actorId ?? senderId) === headId;
}
