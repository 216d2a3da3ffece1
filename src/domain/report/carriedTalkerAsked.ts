// 冯雪「11月20日王建国副理事长讲廉政党课，11月24日与赵磊谈心」 (m4, issue 10): a clause of a new day with no subject carries
// the doer before it (a pasted item's rule, README h28), so the talk with 赵磊 became 王建国's — but 赵磊 is the sender's
// own staff and 王建国 does not supervise their department: the sender's own talk is as likely. Whose it was is asked.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** Titles a person is written by after their surname (王副理事长 · 张书记). */
const TITLES = ['书记', '理事长', '副理事长', '主任', '副主任', '部长', '科长', '副科长'];

/**
 * A day of the clause's own (11月24日 · 24号 · 昨天 · 上周五): the doer was carried across a new day. 当天/同日 (round 32b:
 * now carrying the doer before, as F2 wants) open a clause of a new deed too, so the same doubt holds there.
 */
const OWN_DAY = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?<!\d)\d{1,2}\s*[日号]|[昨前今]天|大前天|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|次日|翌日|第二天|当天|当日|同日/;

/** Whether `clause` names `name` by full name or surname and title. */
function names(clause: string, name: string): boolean {
  return clause.includes(name) || TITLES.some((t) => clause.includes(`${name[0]}${t}`));
}

/**
 * `reports` with each talk whose doer (not the sender) is not named in the clause telling it, a clause with a day of its
 * own (the doer carried from a clause before, across a new day), whose counterparts are all staff of the department the sender heads, and whose doer supervises none of
 * them, given no doer and the doer asked (that person or the sender, 'missing_actor'), so the card asks whose talk it
 * was instead of recording it as the other person's. Other records are returned as they are.
 */
export function withCarriedTalkerAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const headed = ctx.directory.org.departments.find((d) => d.headId === ctx.senderId);
  if (!headed) return reports;
  const clauses = normalizeText(text).split(/[,;。!?\n]/);
  return reports.map((r) => {
    const doerId = r.draft.actorId;
    if (doerId === undefined || doerId === ctx.senderId || r.draft.type === undefined || !isTalkType(r.draft.type)) return r;
    const doer = ctx.directory.person(doerId);
    const people = r.draft.counterpartIds.map((id) => ctx.directory.person(id));
    if (!doer || people.length === 0 || people.some((p) => p === undefined || p.departmentId !== headed.id || p.id === ctx.senderId)) return r;
    if (headed.supervisorId === doerId) return r;
    const told = clauses.filter((c) => people.some((p) => c.includes(p!.name)));
    // 王副理事长上周来部里跟我们几个都谈了话，我、陈静都谈了: a clause of the same day goes on with its subject.
    if (told.length === 0 || told.some((c) => names(c, doer.name) || !OWN_DAY.test(c))) return r;
    if (r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor')) return r;
    const { actorId: _carried, ...draft } = r.draft;
    return {
      ...r,
      draft,
      remarks: r.remarks.filter((m) => m !== `谈话人为${doer.name}（代为上报）`),
      problems: [{ code: 'missing_actor' as const, candidateIds: [doerId, ctx.senderId] }, ...r.problems],
    };
  });
}
