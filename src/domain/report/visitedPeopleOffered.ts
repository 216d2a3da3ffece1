// 「周一陈志强副理事长到教育就业部开展廉政谈话」 → 「陈志强是和谁谈的？」 offered only 不在名单里 (round 36, t36a's
// observation): the department the talk was held at is said, so its people are likely whom it was with, offered as
// buttons (its head first); any other name typed still answers.
// 「陈志强是和谁谈的？」 on a leader's talk the sender reports (round 39, t38b F3: only 不在名单里 and 取消 offered): the sender may
// well be the one talked to, so the sender is offered first.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { alternation, directoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** 到/去/赴/深入/前往 + a department's name or alias: the place a talk was held at (built once per directory). */
const visitedPattern = oncePer((directory: ParseContext['directory']): RegExp | null => {
  const surfaces = alternation(directoryIndex(directory).departmentBySurface.keys());
  return surfaces ? new RegExp(`(?:到|去|赴|深入|前往|在|来到|来)(?:了)?(?:我们|咱们|我)?(${surfaces})`, 'g') : null;
});
/**
 * 来我们部 · 到我科 · 来咱们中心 (round 52, fwf; t54b F3: 和谁 asked with only the sender offered, the head left out): a visit to
 * the sender's own unit, unnamed.
 */
const OWN_UNIT_VISITED = /(?:来到|来|到|深入)(?:了)?(?:我们|咱们|我)(?:部门|科室|部|科|室|中心|单位)/;

/**
 * `reports` with each talk or signing still asking whom it was with given `suggestedIds`: the people of the one department
 * the message says it went to (到X部/去X科/深入X中心), its head first, without the doer; and the sender when the doer is
 * someone else (first, or in their place among the department's people). Unchanged when no one is left to offer.
 */
export function withVisitedPeopleOffered(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!reports.some((r) => r.problems.some((p) => p.code === 'missing_counterpart'))) return reports;
  const ordered = visitedPeople(text, ctx);
  return reports.map((r) => {
    const at = r.problems.findIndex((p) => p.code === 'missing_counterpart');
    if (at < 0 || r.draft.type === undefined || !(isTalkType(r.draft.type) || r.draft.type === 'pledge_sign')) return r;
    const doer = r.draft.actorId ?? ctx.senderId;
    const senderOffered = doer !== ctx.senderId;
    // The sender of the department visited keeps their place after its head; otherwise they come first.
    // People a reader offered already (部门同志 of the doer's own department, round 39 fla) are kept, the sender added.
    const problem = r.problems[at]!;
    const already = problem.code === 'missing_counterpart' ? problem.suggestedIds ?? [] : [];
    const visited = already.length > 0 ? already : ordered.filter((id) => id !== doer && (senderOffered || id !== ctx.senderId));
    const suggestedIds = senderOffered && !visited.includes(ctx.senderId) ? [ctx.senderId, ...visited] : visited;
    if (suggestedIds.length === 0) return r;
    // The problem's other words (groupOf: why it asks) stay with it.
    return { ...r, problems: r.problems.map((p, i) => (i === at ? { ...problem, code: 'missing_counterpart' as const, suggestedIds } : p)) };
  });
}

/**
 * The people of the one department `text` says a talk went to (by name, or 来我们部 for the sender's own), its head first;
 * none when it names no such department, or several.
 */
function visitedPeople(text: string, ctx: ParseContext): string[] {
  const pattern = visitedPattern(ctx.directory);
  if (!pattern) return [];
  const { departmentBySurface } = directoryIndex(ctx.directory);
  const named = [...new Set([...text.matchAll(pattern)].map((m) => departmentBySurface.get(m[1]!)!.id))];
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  const visited = named.length === 0 && own !== undefined && OWN_UNIT_VISITED.test(text) ? [own] : named;
  if (visited.length !== 1) return [];
  const department = ctx.directory.department(visited[0]!);
  if (!department) return [];
  const people = ctx.directory.org.people.filter((p) => p.departmentId === department.id).map((p) => p.id);
  return [...(people.includes(department.headId) ? [department.headId] : []), ...people.filter((id) => id !== department.headId)];
}

/**
 * `items` (a dialog's, after an answer) with each talk or signing of someone else that now asks whom and offers no one
 * given the sender as its one button (「冯雪」 answered to whose signing it was, then 和谁 asked): the sender may well be
 * the one it was with. Items offering people already are left as they are.
 */
export function withSenderOffered<T extends Pick<ParsedReport, 'draft' | 'problems'>>(items: T[], senderId: string): T[] {
  return items.map((it) => {
    const at = it.problems.findIndex((p) => p.code === 'missing_counterpart' && p.suggestedIds === undefined);
    const type = it.draft.type;
    if (at < 0 || type === undefined || !(isTalkType(type) || type === 'pledge_sign') || it.draft.actorId === undefined || it.draft.actorId === senderId) return it;
    return { ...it, problems: it.problems.map((p, i) => (i === at ? { code: 'missing_counterpart' as const, suggestedIds: [senderId] } : p)) };
  });
}
