// 组联部分管科室会议: a department written straight before the 分管科室会议 words names the meeting's department, not its doer.
import { directoryIndex } from './parseDirectoryIndex.js';
import { MASK } from './parseNormalize.js';
import type { ParseContext } from './draft.js';

/**
 * The department named right before the masked type words of a 分管科室会议 with no verb
 * between them (`rest`: day and type masked), with its 分管领导; undefined when none is.
 */
export function meetingNamedDepartment(rest: string, ctx: ParseContext): { departmentId: string; supervisorId: string; text: string } | undefined {
  const index = directoryIndex(ctx.directory);
  for (const s of rest.matchAll(index.surfaces)) {
    const end = s.index + s[0].length;
    if (rest[end] !== MASK) continue;
    const dept = index.departmentBySurface.get(s[0]);
    if (dept?.supervisorId) return { departmentId: dept.id, supervisorId: dept.supervisorId, text: s[0] };
  }
  return undefined;
}
