// 「康复部这周开了两次会 一次是周二学习廉洁自律准则 一次是周四部门廉政风险点排查 都是我主持的」 from 吴静 (t52a F4's related #9:
// item 1 stored with no department, item 2 at 康复部) · 宣文部本月搞了两次学习，一次是…，一次是… · 组联部上周组织了两次活动：…:
// the sender's own department opening a message that counts its deeds (两次 · 3次 · 几次) holds for each item under it.
import { isCheckType, isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** The head: up to the first clause mark, a count of deeds in it (两次会 · 3次学习 · 几次活动). */
const HEAD = /^[^,，。;；:：\n\s]{2,24}?(?:[两二三四五六七八九十几]|[1-9]\d?)(?:次|场|项)/;

/**
 * `reports` (null: no report, returned as it is) with the sender's own department that opens `text`'s counted head
 * (康复部这周开了两次会) on each record of the sender's own (no other doer, no one talked or signed with, no department
 * yet) that is no check, talk, signing or 分管科室会议. A department not the sender's (刘芳: 康复部这周开了两次会, the one she
 * supervises) is left to the readers that ask whose the deeds were.
 */
export function withHeadUnitOverItems(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || reports.length < 2) return reports;
  const head = HEAD.exec(text.trim());
  if (!head) return reports;
  const index = directoryIndex(ctx.directory);
  const opening = [...index.departmentBySurface.entries()].filter(([s]) => head[0].startsWith(s)).sort((a, b) => b[0].length - a[0].length)[0]?.[1];
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  if (opening === undefined || opening.id !== own) return reports;
  return reports.map((r) => {
    const d = r.draft;
    const held = d.type !== undefined && !isTalkType(d.type) && !isCheckType(d.type) && d.type !== 'pledge_sign' && d.type !== 'meeting_dept';
    const ours = d.actorId === undefined || d.actorId === ctx.senderId || ctx.directory.person(d.actorId)?.departmentId === opening.id;
    return held && ours && d.counterpartIds.length === 0 && d.departmentId === undefined ? { ...r, draft: { ...d, departmentId: opening.id } } : r;
  });
}
