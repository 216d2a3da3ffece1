// 宣文部召开…专题学习会，分管领导赵敏同志到会指导。会上，部长王磊领学了…: the leader who attended a department's study is not its doer.
import type { ParseContext, ParsedReport } from './draft.js';

/** Attending only: 到会指导, 出席, 列席, 莅临, 参加 (not 并讲话/主讲, which make a lecture of it). */
const ATTENDED = '(?:同志)?(?:亲自)?(?:到会指导|到会|出席|列席|莅临指导|莅临|参加)(?!并?(?:讲授|主讲|授课|作辅导|上党课))';
/** Holding it: who 领学/主持/主讲/讲授 a study led it. */
const LED = /(?:^|[,;。:!?\s])(?:[\u4e00-\u9fa5]{0,6}?(?:部长|科长|主任|书记|理事长))?([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:部长|科长|主任|书记|副理事长|理事长)?(?:同志)?(?:领学|主持|主讲|讲授|带领)/g;

/** How a person is called in the text: by name, or by surname and title (赵书记). */
function calledBy(name: string): string {
  return `(?:${name}|${name[0]}(?:书记|副?理事长|主任|部长|科长))`;
}

/**
 * Records of a department's study (廉政教育, 警示教育) given to the leader who, the message says, only attended it (到会指导 ·
 * 出席 · 列席), now given to whoever 领学/主持 it, else the department's head (round 20u L03/PR12a: one 警示教育 of 赵敏, who
 * came to guide 宣文部's 学习会). Why not her 分管科室会议, as w18 reads a department's 党风廉政建设工作会议 its 分管领导 attends:
 * a 学习会 is the department teaching its own people — education held by its head — while the 分管科室会议 is the leader's
 * duty to meet the departments she supervises about their 党风廉政 work; a study she looked in on does not do that duty.
 * Unchanged when that leader also led something in it, or the message names no leader attending.
 */
export function withoutAttendingLeader(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  return reports.map((r) => {
    const type = r.draft.type;
    if ((type !== 'edu_integrity' && type !== 'edu_warning') || r.draft.actorId === undefined || r.draft.departmentId === undefined) return r;
    const leader = ctx.directory.person(r.draft.actorId);
    const dept = ctx.directory.department(r.draft.departmentId);
    if (!leader || !dept || dept.supervisorId !== leader.id) return r;
    const called = calledBy(leader.name);
    if (!new RegExp(`${called}(?:副?(?:书记|理事长|主任|部长|科长))?${ATTENDED}`).test(text)) return r;
    const leaders = [...text.matchAll(LED)].flatMap((m) => ctx.directory.org.people.filter((p) => p.name === m[1]));
    if (leaders.some((p) => p.id === leader.id)) return r;
    const doer = leaders[0]?.id ?? dept.headId;
    if (!doer) return r;
    const { actorId: _leader, ...rest } = r.draft;
    const draft = doer === ctx.senderId ? rest : { ...rest, actorId: doer };
    const name = ctx.directory.person(doer)?.name ?? '';
    const remarks = [
      ...r.remarks.filter((m) => m !== `按${leader.name}的活动记录（代为上报）`),
      ...(doer === ctx.senderId ? [] : [`按${name}的活动记录（代为上报）`]),
      `${leader.name}到会（分管领导），不是「${dept.name}」学习的活动人`,
    ];
    return { ...r, draft, remarks, reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])] };
  });
}
