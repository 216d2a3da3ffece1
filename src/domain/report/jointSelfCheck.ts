// 机关纪委⏎11月24日会同办公室开展自查 · 会同财务科对三公经费进行了自查 (round 62, gbe; gab's left-alone): a self-check done
// together with (会同 · 联合 · 协同 · 配合) a department the sender does not head was stored at once at that department — the
// partner's 科室自查总结 met without its head ever saying so. Whose self-check it was is not sure: the record is shown on a
// card that says where it counts, so the member confirms or changes it; nothing is stored silently.
import type { ParseContext, ParsedReport } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** 会同/联合/协同/配合 a department (group dept), then the self-check said within the clause. */
const JOINT = /(?:会同|联合|协同|配合)(?<dept>[\u4e00-\u9fa5]{2,8}?)(?:一起|一道|共同)?(?:开展|进行|组织|对|就|做了?|搞了?)[^，,。；;\n]{0,24}?自查/;

/**
 * `reports` with each 自查 record (report_self) at the department `text` says the sender worked together with (会同财务科…自查)
 * shown for 确认 (reason unsure) with a remark saying it counts toward that department, when the sender is not its head;
 * `reports` themselves otherwise.
 */
export function withJointSelfCheckAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!text.includes('自查') || !/会同|联合|协同|配合/.test(text)) return reports;
  const m = JOINT.exec(text);
  if (m === null) return reports;
  const dept = directoryIndex(ctx.directory).departmentBySurface.get(m.groups!['dept']!);
  if (dept === undefined || dept.headId === ctx.senderId) return reports;
  return reports.map((r) => {
    if (r.draft.type !== 'report_self' || r.draft.departmentId !== dept.id || (r.draft.actorId !== undefined && r.draft.actorId === dept.headId)) return r;
    return {
      ...r,
      remarks: [...r.remarks, `「${m[0]}」：这条自查计入${dept.name}（会同的科室）的科室自查总结；如不是${dept.name}的自查，请点「修改」改部门，或「取消」`],
      reasons: [...new Set([...(r.reasons ?? []), 'unsure' as const])],
    };
  });
}
