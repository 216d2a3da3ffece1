// 康复部11月份党风廉政工作总结：…11月7日组织学习了… sent by the 康复部's head: the items the head did are the department's.
import { isTalkType } from '../activityTypes.js';
import { findKindMatches } from './parseKind.js';
import { asksAttendedUnitStudy } from './attendedUnitStudy.js';
import type { ParseContext, ParsedReport, ReportProblem } from './draft.js';

/** A heading over a department's own account of its work, not a check of it. */
const WORK_ACCOUNT = /总结|小结|台账|工作|情况|汇报|报告/;
const NOT_ITS_OWN = /检查|督查|巡查|暗访|抽查|调研|指导|走访|配合|协助|参加|参与/;
/** What may stand beside the department's name in a heading of its work: a span only (11月份 · 本月 · 第四季度 · 2026年11月). */
const PERIOD_ONLY = /^\s*(?:\d{4}年)?(?:\d{1,2}月份?|本月|上月|本周|上周|近期|本季度|第?[一二三四]季度|上半年|下半年|全年|\d{1,2}-\d{1,2}月)?(?:上旬|中旬|下旬)?\s*$/;
/** 中心 · 部里 · 我们科室 opening a heading: the writer's own unit, unnamed. */
const SHORT_UNIT = /^[\s\d月份年本上]*(?:我们|我|本)?(中心|部里|科里|室里|部门|科室)/;

/**
 * 组联部党风廉政建设工作开展情况⏎11月19日，… (round 47, t49b F3: a 转发 post's title line, the meeting under it stored with no
 * department): a first line of its own, no colon, that names an account of work (…情况 · …工作 · …小结), over the items below.
 */
const TITLE_LINE = /^\s*([^:：\n,，。；;]{4,30}(?:情况|工作|小结|总结|汇报|台账))\s*\n/;
/** 转发： · 【转发】 before a pasted post: the post's own title follows it. */
const FORWARDED = /^\s*(?:【\s*转发\s*】|\[\s*转发\s*\]|转发\s*[:：])\s*/;

/**
 * The heading of `text`: the words before the first colon of its first line (at most 40 characters), or a first line that
 * is only 【…】 (【财务科】⏎1. …, t48b F8's kind).
 */
function headingWords(text: string): string | undefined {
  const post = text.replace(FORWARDED, '');
  return /^\s*([^:：\n]{2,40})[:：]/.exec(post)?.[1] ?? /^\s*【([^】\n]{2,20})】\s*\n/.exec(post)?.[1] ?? TITLE_LINE.exec(post)?.[1];
}

/**
 * The id of the sender's own department when `text` opens with a heading (headingWords, naming no activity type) that names
 * that department and no other over an account of its work (…工作小结 · 宣文部11月份 · 【财务科】), whoever in it sends it;
 * else undefined.
 */
export function ownDepartmentHeading(text: string, ctx: ParseContext): string | undefined {
  const heading = headingWords(text);
  // 宣文部廉政教育情况⏎… (a post's title line, t49b F3's kind): the kind it reports on is the items' below, no deed of its own.
  const reported = heading !== undefined && TITLE_LINE.exec(text.replace(FORWARDED, ''))?.[1] === heading && /(?:情况|小结|总结|汇报|台账)$/.test(heading);
  if (heading === undefined || NOT_ITS_OWN.test(heading) || (!reported && findKindMatches(heading).length > 0)) return undefined;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!own) return undefined;
  // 宣文部11月份： (t47b F7: 王磊's film under it stored with no department): the department's name and a span alone head
  // its work as 宣文部11月工作： does.
  const spanOnly = [own.name, ...own.aliases].some((n) => PERIOD_ONLY.test(heading.replace(n, '')) && heading.includes(n));
  if (!WORK_ACCOUNT.test(heading) && !spanOnly) return undefined;
  const named = ctx.directory.org.departments.filter((d) => [d.name, ...d.aliases].some((n) => heading.includes(n)));
  // 康复中心 holds 康复 of no department, 残疾人康复中心 holds 康复中心: one department named, the sender's.
  if (named.length > 0) return named.length === 1 && named[0]!.id === own.id ? own.id : undefined;
  // 中心11月工作汇报： · 部里11月工作： the own unit by its short form, as headingDepartment reads it for a clerk.
  const unit = SHORT_UNIT.exec(heading)?.[1]?.replace('里', '');
  const fits = unit !== undefined && (unit === '部门' || unit === '科室' || [own.name, ...own.aliases].some((n) => n.endsWith(unit)));
  return fits ? own.id : undefined;
}

/**
 * The id of the sender's department when `text` opens with its own heading (ownDepartmentHeading) and the sender is its
 * head; else undefined. headingDepartment leaves the head out, whose items are theirs anyway — but the department was then
 * lost (round 34b §4, A23: 吴静's 学习 under 「康复部11月份党风廉政工作总结：」 had none).
 */
export function headsOwnHeading(text: string, ctx: ParseContext): string | undefined {
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  return own?.headId === ctx.senderId ? ownDepartmentHeading(text, ctx) : undefined;
}

/**
 * 「这条…是谁的？」 among people named elsewhere in the message and the sender, last (parseReport's unused people): under the
 * head's own heading the deed is the head's (round 36, t36b F4(b): 刘芳, who only came on the 26th, offered for the 25th's study).
 */
function askedBesideOthersNamed(p: ReportProblem, senderId: string): boolean {
  return p.code === 'missing_actor' && p.candidateIds.length > 1 && p.candidateIds[p.candidateIds.length - 1] === senderId;
}

/**
 * `reports` with the department of the sender's own heading (headsOwnHeading) on each record that is the sender's deed
 * (no other doer), with no one on the other side and no department yet, and is no check (a check's department is the
 * place visited) — a study, film, meeting, 信息 the head's department held — and no longer asked whose it is among others
 * named elsewhere (askedBesideOthersNamed). Others are returned unchanged.
 */
export function withHeadsOwnHeading(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null) return reports;
  const departmentId = headsOwnHeading(text, ctx);
  if (departmentId === undefined) return reports;
  return reports.map((r) => {
    const d = r.draft;
    const held = d.type !== undefined && !isTalkType(d.type) && d.type !== 'pledge_sign' && !d.type.startsWith('inspect_');
    if (!held || d.actorId !== undefined || (d.departmentId !== undefined && d.departmentId !== departmentId) || d.counterpartIds.length > 0) return r;
    // 冯雪「维权部11月份廉政工作：…3.11月24日参加机关警示教育大会」 (t45a F7: asked 「这条警示教育是谁的？」 among the leaders):
    // in the head's own account of the department's work, attending the 机关's event is the department's attendance, as
    // 部门全体参加了机关警示教育大会 is — the head's, at their department, as the items beside it are.
    return { ...r, draft: { ...d, departmentId }, problems: r.problems.filter((p) => !askedBesideOthersNamed(p, ctx.senderId) && !asksAttendedUnitStudy(p, ctx)) };
  });
}
