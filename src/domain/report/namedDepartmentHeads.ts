// 张伟书记带领…深入教育就业部、维权部检查…，并现场与两个部门负责人进行了提醒谈话 (round 20u L20): asked 「张伟是和谁谈的？」
// (later read as a talk with the sender). 两个部门负责人 / 这两个部门的负责人 / 上述部门负责人 after departments named in
// the same message are those departments' heads.
import { isTalkType } from '../activityTypes.js';
import type { ConfirmReason, ParseContext, ReportDraft, ReportProblem } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';

// 两科室负责人 (round 36, t36a F12: no 个, the signing stored with no one) as 两个科室负责人.
const HEADS = /(?:[两二三几]个?|这[两二三几]个?|上述|以上|被检查|所查|各)(?:部门|科室|部室)的?(?:负责人|部长|科长|主任|一把手|主要负责同志)/;

/** The departments named in `text`, in order of first mention, longest surface first so 教育就业部 is not 就业部 too. */
function departmentsNamed(text: string, ctx: ParseContext): string[] {
  const found: { at: number; id: string }[] = [];
  const surfaces = [...directoryIndex(ctx.directory).departmentBySurface.entries()].sort((a, b) => b[0].length - a[0].length);
  let rest = text;
  for (const [surface, dept] of surfaces) {
    for (let at = rest.indexOf(surface); at >= 0; at = rest.indexOf(surface, at + 1)) {
      found.push({ at, id: dept.id });
      rest = rest.slice(0, at) + ' '.repeat(surface.length) + rest.slice(at + surface.length);
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
}

/**
 * Talk and 责任书 records whose 对象 is 「两个部门负责人」 or the like given those departments' heads (one record each, shown for
 * 确认 with a remark naming them), when as many departments as said (or at least one, for 上述/各) are named in the message.
 */
export function withNamedDepartmentHeads<R extends { draft: ReportDraft; problems: ReportProblem[]; reasons?: ConfirmReason[]; remarks: string[] }>(
  reports: R[],
  text: string,
  ctx: ParseContext,
): R[] {
  const said = HEADS.exec(text);
  if (!said) return reports;
  const count = /[两二]/.test(said[0]) ? 2 : /三/.test(said[0]) ? 3 : undefined;
  const depts = departmentsNamed(text.slice(0, said.index), ctx);
  if (depts.length === 0 || (count !== undefined && depts.length !== count)) return reports;
  // 深入分管的教育就业部、维权部，与两个部门负责人（郑华、冯雪）开展廉政谈话 (round 45, frg: six talks on the card, each head
  // three times): the departments were already read as their heads, one record each, and each record was given both heads
  // again. A record already with one of the heads stays as it is, and no head is given the same doer's deed twice.
  const given = new Set<string>();
  const key = (r: R, id: string) => JSON.stringify([r.draft.type, r.draft.date ?? '', r.draft.actorId ?? ctx.senderId, id]);
  const out = reports.flatMap((r) => {
    // A 责任书/承诺书 the heads signed or handed in (两科室负责人…向王副理事长递交了廉洁承诺书) is theirs with its doer as a talk is.
    if (r.draft.type === undefined || (!isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign')) return [r];
    const doer = r.draft.actorId ?? ctx.senderId;
    // 残疾人康复中心召开…。会上徐辉副主任与各科室负责人签订了责任书 (round 40, t39b F7: eight signings 何平>徐辉): the doer's own
    // unit, named as where it was held, is no department of the heads turned to; its head is the doer's superior, not one of them.
    const ownUnit = ctx.directory.person(doer)?.departmentId;
    const heads = depts
      .filter((id) => id !== ownUnit || ctx.directory.department(id)?.headId === doer)
      .map((id) => ctx.directory.department(id)?.headId)
      .filter((id): id is string => id !== undefined && id !== doer);
    if (heads.length === 0) return [r];
    if (r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every((id) => heads.includes(id))) {
      const fresh = r.draft.counterpartIds.filter((id) => !given.has(key(r, id)));
      r.draft.counterpartIds.forEach((id) => given.add(key(r, id)));
      return fresh.length === 0 ? [] : [r];
    }
    const names = heads.map((id) => ctx.directory.person(id)?.name).join('、');
    const reasons: ConfirmReason[] = [...new Set([...(r.reasons ?? []), 'group' as const])];
    const newHeads = heads.filter((id) => !given.has(key(r, id)));
    newHeads.forEach((id) => given.add(key(r, id)));
    return newHeads.map((id) => ({
      ...r,
      draft: { ...r.draft, counterpartIds: [id], departmentId: ctx.directory.person(id)?.departmentId ?? r.draft.departmentId },
      problems: r.problems.filter((p) => p.code !== 'missing_counterpart' && p.code !== 'unknown_counterpart' && p.code !== 'ambiguous_counterpart'),
      reasons,
      remarks: [...r.remarks, `「${said[0]}」按${names}记录`],
    }));
  });
  return out.length > 0 ? out : reports;
}
