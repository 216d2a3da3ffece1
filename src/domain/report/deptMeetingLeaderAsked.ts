// 张颖：昨天组联部召开了分管科室会议，领导出席 (t46a-kin, fqf's left-alone: the card showed 周涛, the department's head, as the
// doer of a 分管科室会议, with 「「组联部」不是周涛分管的科室」): a 分管科室党风廉政建设工作会议 is a 分管领导's duty (duties.md,
// dept-meeting: each leader), so a doer read from a department subject who supervises nothing is no doer of it.
import type { ParseContext, ParsedReport } from './draft.js';
import { listedDepartments } from './parseTraining.js';

/**
 * `reports` with every 分管科室会议 whose doer was read as someone other than the sender who supervises no department
 * (a department's head, from 「组联部召开了分管科室会议」) asked whose it was instead (`missing_actor`), the 分管领导 of the
 * departments the text names — or of the doer's own department — offered (the sender alone among them: the sender's
 * own meeting at those departments, on a card); the card notes that spoke of that doer (代为上报, 「不是X分管的科室」) go
 * with it, and the answer's leader has the named departments placed again (meetingPlacedForDoer). A leader's, the
 * sender's own (asked elsewhere) and records already asked are kept.
 */
export function withDeptMeetingLeaderAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  return reports.map((r) => {
    const actor = r.draft.actorId;
    if (r.draft.type !== 'meeting_dept' || actor === undefined || actor === ctx.senderId) return r;
    if (ctx.directory.supervisedBy(actor).length > 0) return r;
    if (r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor')) return r;
    const named = listedDepartments(text, ctx.directory);
    const own = ctx.directory.person(actor)?.departmentId;
    const places = named.length > 0 ? named : own !== undefined ? [own] : [];
    const leaders = [...new Set(places.flatMap((id) => {
      const sup = ctx.directory.department(id)?.supervisorId;
      return sup !== undefined ? [sup] : [];
    }))];
    const name = ctx.directory.person(actor)?.name ?? '';
    const { actorId: _dropped, ...draft } = r.draft;
    const remarks = r.remarks.filter((m) => !(name !== '' && m.includes(name)) && !m.includes('分管的科室'));
    const reasons = (r.reasons ?? []).filter((x) => x !== 'third_person');
    // 王建国：11月24日，财务科召开分管科室党风廉政建设工作会议 (round 21's row had it 孙丽's): the department's 分管领导 sent it,
    // so it is his own meeting, shown on the card.
    if (leaders.length === 1 && leaders[0] === ctx.senderId) {
      const mine = places.filter((id) => ctx.directory.department(id)?.supervisorId === ctx.senderId);
      const names = mine.map((id) => ctx.directory.department(id)?.name ?? id).join('、');
      return {
        ...r,
        draft: { ...draft, departmentId: mine[0]!, ...(mine.length > 1 ? { departmentIds: mine } : {}) },
        remarks: [...remarks, `按您分管的${names}的分管科室会议记录`],
        reasons: [...new Set([...reasons, 'subject_unclear' as const])],
      };
    }
    return {
      ...r,
      draft,
      problems: [...r.problems, { code: 'missing_actor' as const, candidateIds: leaders }],
      remarks,
      reasons,
    };
  });
}
