// 「周一陈志强副理事长到教育就业部开展廉政谈话」 → 「陈志强是和谁谈的？」 offered only 不在名单里 (round 36, t36a's
// observation): the department the talk was held at is said, so its people are likely whom it was with, offered as
// buttons (its head first); any other name typed still answers.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { alternation, directoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** 到/去/赴/深入/前往 + a department's name or alias: the place a talk was held at (built once per directory). */
const visitedPattern = oncePer((directory: ParseContext['directory']): RegExp | null => {
  const surfaces = alternation(directoryIndex(directory).departmentBySurface.keys());
  return surfaces ? new RegExp(`(?:到|去|赴|深入|前往|在)(${surfaces})`, 'g') : null;
});

/**
 * `reports` with each talk or signing still asking whom it was with given `suggestedIds`: the people of the one
 * department the message says it went to (到X部/去X科/深入X中心), its head first, without the doer or the sender.
 * Unchanged when the message names no such department, or names several.
 */
export function withVisitedPeopleOffered(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const pattern = visitedPattern(ctx.directory);
  if (!pattern || !reports.some((r) => r.problems.some((p) => p.code === 'missing_counterpart'))) return reports;
  const { departmentBySurface } = directoryIndex(ctx.directory);
  const visited = [...new Set([...text.matchAll(pattern)].map((m) => departmentBySurface.get(m[1]!)!.id))];
  if (visited.length !== 1) return reports;
  const department = ctx.directory.department(visited[0]!);
  if (!department) return reports;
  const people = ctx.directory.org.people.filter((p) => p.departmentId === department.id).map((p) => p.id);
  const ordered = [...(people.includes(department.headId) ? [department.headId] : []), ...people.filter((id) => id !== department.headId)];
  return reports.map((r) => {
    const at = r.problems.findIndex((p) => p.code === 'missing_counterpart');
    if (at < 0 || r.draft.type === undefined || !(isTalkType(r.draft.type) || r.draft.type === 'pledge_sign')) return r;
    const suggestedIds = ordered.filter((id) => id !== (r.draft.actorId ?? ctx.senderId));
    if (suggestedIds.length === 0) return r;
    return { ...r, problems: r.problems.map((p, i) => (i === at ? { code: 'missing_counterpart' as const, suggestedIds } : p)) };
  });
}
