// 王建国: 「前天上午与分管科室负责人开展集体廉政谈话，下午到财务科检查了财务报销制度执行情况…」 (round 31g, A21): the check
// clause of no named kind joined the talk before it and was only named as a leftover word (「检查」没有对应到任何记录),
// while alone the same clause is asked its type. A check done at a place is a deed of its own beside a talk, a
// teaching or a signing: it starts an activity, and that activity is asked its type as the clause alone is.
import type { ActivityTypeCode } from '../activityTypes.js';
import { PAPERS_DONE_SOURCE } from './papersLooked.js';

/** 到财务科检查了… · 对办公室进行了督查 · 深入康复中心抽查 · 检查了考勤: a check held (done, or at a place gone to). */
// 来组联部检查廉政风险防控台账 (round 36: 来/莅临 a place is going there, as parseSegment reads it).
// 并对部门廉政风险点排查工作进行了检查 (round 41, t40b F4: the check vanished into the talk before it): a long object between
// 对 and 进行了检查 is still a check held.
// 并查看了部门廉政档案 (round 41, t40b F10: dropped after the visit's talks): the place's papers looked through is a check held.
const CHECK_HELD = new RegExp(`(?:到|赴|去|对|深入|来|莅临)[^,;。，；]{1,12}?(?:检查|督查|抽查|暗访|巡查)|(?:检查|督查|抽查|暗访|巡查)了|对[^,;。，；]{1,24}?(?:进行|开展)了(?:一次|专项)?(?:检查|督查|抽查|巡查)|${PAPERS_DONE_SOURCE}`);

/** 到康复部检查指导 · 来我部检查工作 · 检查调研: a leader's visit, which passes its doer on and records nothing itself. */
const VISIT = /(?:检查|督查|检察)(?:指导|工作|调研)|指导工作|调研|走访|视察/;

/** 会上检查了… · 结合谈话检查… · 检查了自己的不足: a check that is part of the activity before it, or no check of a place. */
const PART_OF_BEFORE = /会上|会中|会后|结合|谈话中|自我|自身|自己|对照/;

/**
 * Whether `piece`, a clause of no named kind, tells a check held that starts an activity of its own after a group of
 * kind `before` (a talk, a teaching or a signing). Meetings, checks and papers keep such a clause: what a meeting or a
 * self-check checked is its agenda, and a check's further words are that check; but papers (report_…) keep no check that
 * opens with a day of its own or with who led it (`opensDay`: the clause's first words are its day, or its leader + 带队).
 */
export function untypedCheckApart(piece: string, before: ActivityTypeCode | undefined, opensDay = false): boolean {
  // 报送廉政信息3篇，11月4日黄书记带队检查了财务科 (round 54, fjb, issue 10: the check dropped, the 3 papers put on 11-04 as
  // 黄志刚's at 财务科): a check held in a clause opening with a day of its own (`opensDay`) is no more words of papers; nor
  // is one opening with the leader who led it (11月4日报送…1篇，黄书记带队检查了财务科, round 55 fhb: the caller says so too).
  if (before !== undefined && before.startsWith('report_') && opensDay) return CHECK_HELD.test(piece) && !PART_OF_BEFORE.test(piece);
  if (before === undefined || !(before.startsWith('talk_') || before.startsWith('edu_') || before === 'pledge_sign')) return false;
  return CHECK_HELD.test(piece) && !PART_OF_BEFORE.test(piece);
}

/**
 * Whether a clause of kind `kind` (a talk or a signing) starts an activity of its own after `before`, the clauses of a
 * group of no named kind that tell a check held, when an `earlier` group of the line told a check too, or `checkedBefore`
 * (an entry before it in the message was a check, or a place visited of no kind yet): the message goes
 * from place to place (上周二到组联部检查了作风纪律，周四到康复部检查，还和吴静部长谈了一次心: round 33b, F4 — the talk
 * took the second check's day and the check was lost, named only as a leftover word). The check is then asked its type.
 * Since round 36 a single check held before a talk (昨天检查了财务科，同时约谈了孙丽) is one too; a visit (到康复部检查指导…并和我
 *开展了廉政提醒谈话) stays one talk.
 */
export function deedAfterUntypedCheck(kind: ActivityTypeCode | undefined, before: readonly string[], earlier: ReadonlyArray<{ parts: readonly string[]; kind?: ActivityTypeCode }>, checkedBefore: boolean): boolean {
  if (kind === undefined || !(kind.startsWith('talk_') || kind === 'pledge_sign')) return false;
  const held = (parts: readonly string[]) => parts.some((p) => CHECK_HELD.test(p) && !PART_OF_BEFORE.test(p));
  // 赵书记到中心检查医德医风建设情况，还专门找徐辉副主任谈了话 (round 36, t36b F11: the check neither recorded, asked nor
  // named): a check held, not a visit (检查指导 · 检查工作), is a deed of its own before a talk as after one, asked its type.
  return held(before) && (checkedBefore || checkHeldNotVisit(before) || earlier.some((g) => (g.kind !== undefined ? g.kind.startsWith('inspect_') : held(g.parts))));
}

/**
 * Whether `parts`, the clauses of a group of no named kind, tell a check held at a place or of a thing (到中心检查医德医风
 * 建设情况 · 检查了财务科) that is no visit (检查指导 · 检查工作 · 调研): a deed of its own, which a talk after it (typed or
 * not) never absorbs (round 36, t36b F11).
 */
export function checkHeldNotVisit(parts: readonly string[]): boolean {
  if (parts.some((p) => CHECK_HELD.test(p) && !PART_OF_BEFORE.test(p) && !VISIT.test(p))) return true;
  // 刘芳副理事长一行到组联部检查指导党风廉政建设工作，查阅了廉政台账，并与周涛部长进行了廉政谈话 (round 40, t39b F6: the
  // check neither recorded nor named): a 检查指导 visit that looked through the place's papers checked it; asked its type.
  return parts.some((p) => CHECK_VISIT.test(p) && !PART_OF_BEFORE.test(p)) && parts.some((p) => PAPERS_LOOKED.test(p) && !PART_OF_BEFORE.test(p));
}

/** 到组联部检查指导 · 来我部督查指导工作: a visit to a place that says it checked. */
const CHECK_VISIT = /(?:到|赴|去|深入|来|莅临)[^,;。，；]{1,12}?(?:检查|督查)(?:指导|工作)/;

/** 查阅了廉政台账 · 查看了相关资料 · 翻阅了会议记录 · 抽查了报销凭证: the place's papers looked through. */
const PAPERS_LOOKED = /(?:查阅|查看|翻阅|调阅|抽查|检查)了?[^,;。，；]{0,10}?(?:台账|资料|记录|档案|账目|凭证|材料|制度|考勤|文件)/;
