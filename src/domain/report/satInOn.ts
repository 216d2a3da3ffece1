// 列席组联部廉政教育专题学习会: the one who sat in, went along or attended did not hold it; the department whose it was did.
import { directoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext } from './draft.js';

/** Sitting in, going along, attending, right before the department (纪检干事林晓列席组联部…). */
// 周五去听了组联部的党课 · 听了宣文部的廉政党课 (round 47, fsd: the listener recorded as the 党课's lecturer, on the card):
// hearing it (听 · 聆听, never 听取) is sitting in too.
const SAT_IN = /(?:列席|旁听|陪同|参加|参与|出席|观摩|到会|听(?!取))了?[\s\u0000]*$/;
/** After the department: its (的) activity, the type masked, perhaps after 组织/召开的. */
const ITS_ACTIVITY = /^[\s]*(?:的|组织的|召开的|举办的|开展的)?[\s]*\u0000/;

/**
 * The head of the department whose activity the clause says someone only sat in on or attended (列席组联部廉政教育
 * 专题学习会, 旁听了财务科的廉政教育): round 16 stored it as the sender's own at once. `rest` has the day and type masked.
 * Undefined when no department is named that way, or its head is the sender (their own activity). `departmentId` is the
 * department named, so a caller can tell a meeting of one the sender supervises (their own 分管科室会议).
 */
export function satInOn(rest: string, ctx: ParseContext): { id: string; departmentId: string; start: number; end: number } | undefined {
  const index = directoryIndex(ctx.directory);
  for (const m of rest.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (!dept || !SAT_IN.test(rest.slice(0, m.index)) || !ITS_ACTIVITY.test(rest.slice(m.index + m[0].length))) continue;
    return dept.headId === ctx.senderId ? undefined : { id: dept.headId, departmentId: dept.id, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
