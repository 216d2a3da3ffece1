// Who a talk was with: mentions first, then names, titles and departments from the directory.
import { nearNames, titleHolders, writtenTitle } from './nearNames.js';
import { surnameTitleNear } from './surnameTitleNear.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { qualifiedByDepartment } from './departmentQualifier.js';
import { departmentLeaderItems, departmentMemberItems, groupItems, unknownNameItems, visitedDepartment, visitedDepartmentList, wholeUnitItems } from './parseCounterpartGroups.js';
import {
  blank,
  familiarItems,
  mentionItems,
  surfaceItems,
  surnameTitleItems,
  topRoleItems,
  type CounterpartItem,
} from './parseCounterpartItems.js';
import { MASK } from './parseNormalize.js';
import { soundAlikeNameItems } from './soundAlikeNameItems.js';
import { soundAlikeAfterDepartment } from './soundAlikeAfterDepartment.js';
import { unnamedPostItems } from './unnamedPostItems.js';
import { groupsListedWithNames } from './groupsListedWithNames.js';
import type { ParseContext, ReportProblem } from './draft.js';

export interface Counterpart {
  id: string;
  /** Set when a department was named rather than a person. */
  departmentId?: string;
  /** Set when a group word (财务科全体人员, 班子成员) covers them, named apart or not. */
  inGroup?: true;
}

export interface CounterpartParse {
  counterparts: Counterpart[];
  /** Who held the talk, when the sender reports someone else's (张书记与李强…). */
  actorId?: string;
  /** One per reference that could not be resolved to a single person. */
  problems: ReportProblem[];
  remarks: string[];
  /** Some counterparts came from a group word, expanded from the directory. */
  grouped: boolean;
  rest: string;
}

type Pass = (text: string) => CounterpartItem[];

function runPasses(text: string, passes: Pass[]): { items: CounterpartItem[]; rest: string } {
  let rest = text;
  const items: CounterpartItem[] = [];
  for (const pass of passes) {
    for (const item of pass(rest)) {
      items.push(item);
      rest = blank(rest, item.start, item.end);
    }
  }
  return { items: items.sort((a, b) => a.start - b.start), rest };
}

/**
 * 张书记与李强谈话, reported by someone else: the first person, at the start and
 * followed by 与/同/对/跟, held the talk and is not a counterpart.
 */
function actorOf(items: CounterpartItem[], text: string): CounterpartItem | undefined {
  const first = items[0];
  if (!first || items.length < 2 || first.ids.length !== 1 || first.problem) return undefined;
  const before = text.slice(0, first.start);
  const after = text.slice(first.end);
  return /^[\s\u0000由]*$/.test(before) && /^[\s\u0000]*(?:同志)?(?:与|同|对|跟|找)/.test(after) ? first : undefined;
}

/** 王科长 said by one of the two 王科长 means the other one. */
function withoutSender(problem: ReportProblem | undefined, senderId: string): ReportProblem | undefined {
  if (problem?.code !== 'ambiguous_counterpart') return problem;
  return { ...problem, candidateIds: problem.candidateIds.filter((id) => id !== senderId) };
}

/**
 * 王建过副理事长: a name not in the directory right before a title several hold is one person, asked once (「王建过副理事长」是哪一位？,
 * those of the surname first), not twice (the name, then 副理事长; a newcomer's finding).
 */
function mergeNameWithTitle(items: CounterpartItem[], text: string, ctx: ParseContext): CounterpartItem[] {
  const out: CounterpartItem[] = [];
  for (const item of items) {
    const before = out[out.length - 1];
    if (before?.problem?.code === 'unknown_counterpart' && item.problem?.code === 'ambiguous_counterpart' && /^[\s\u0000]*$/.test(text.slice(before.end, item.start))) {
      const said = `${before.text}${item.text}`;
      const surname = (id: string) => (ctx.directory.person(id)?.name.startsWith(before.text.slice(0, 1)) ? 0 : 1);
      const candidateIds = [...item.problem.candidateIds].sort((a, b) => surname(a) - surname(b));
      out[out.length - 1] = { start: before.start, end: item.end, text: said, ids: [], problem: { code: 'ambiguous_counterpart', text: said, candidateIds } };
      continue;
    }
    out.push(item);
  }
  return out;
}

/** 两位 · 三位: a count of the people just listed, right before their shared title. */
const COUNTED = /(?:\d{1,2}|[两二三四五几])位[\s\u0000]*$/;

/**
 * 和王建过 刘方两位副理事长 (round 61, gac; t63b: 刘方 lost and 副理事长 asked as a third person): a title after 两位/三位 right
 * after people named (found or not) is theirs, no one more; it is dropped when an item stands before the count.
 */
function withoutCountedTitle(items: CounterpartItem[], text: string): CounterpartItem[] {
  return items.filter((i, k) => !(k > 0 && i.ids.length === 0 && i.problem?.code === 'ambiguous_counterpart' && COUNTED.test(text.slice(items[k - 1]!.end, i.start))));
}

/**
 * 听取了冯雪部长…的汇报，…最后与部门全体同志进行了集体廉政谈话 (round 39, t38a F3: asked 和谁): a whole department turned to
 * (与/和/跟/同/对/找/及/、 right before it) is talked to though someone else was named in the sentence; a group word standing
 * anywhere else (…，全科同志参加) beside a name, or right before one as its post (与部门干部陈静), is left to the name.
 */
/** A cheap gate before reading group words beside names: every group word groupItems reads holds one of these. */
const GROUP_WORD_HINT = /负责|班子|党组成员|主任|科长|部长|一把手|中层/;
const TURNED_TO_GROUP = /(?:与|和|跟|同|对|找|及|、)[\s\u0000]*$/;
/**
 * …与部门全体同志座谈交流，随后与我谈话: met at a 座谈 (or only there: 参加/列席), in the group's own clause with no talk of its
 * own (the type, masked): no talk with them. 与全科同志座谈并进行集体廉政谈话 still talks with them.
 */
const ONLY_SAT_WITH = /^[^,;。!?\u0000]*?(?:座谈|参加|列席|出席|旁听)[^,;。!?\u0000]*(?:[,;。!?]|$)/;

/** Where a talk's 部门全体同志 may be from, beside `input` itself (parseCounterparts). */
export interface VisitContext {
  /** The segment as written, when `input` is part of it with clauses masked: the one department it says was visited. */
  segment?: string;
  /** A department the doer's visit told before the segment went to, when the segment names none. */
  visitedDepartmentId?: string;
}

/**
 * Who a talk was with in `input`. `visit`: the department visited (in `segment`, else `visitedDepartmentId`) is whose
 * 部门全体同志/全体同志 these are when `input` itself names no visit (round 39, t38a F3).
 */
export function parseCounterparts(input: string, ctx: ParseContext, visit: VisitContext = {}): CounterpartParse {
  const index = directoryIndex(ctx.directory);
  // A plain-text "@李明" (typed, not a Feishu mention) is just the name.
  const text = input.replace(/@(?=[\u4e00-\u9fa5])/g, '');
  const visited = (visit.segment !== undefined ? visitedDepartment(visit.segment, index) : undefined) ?? visit.visitedDepartmentId;
  // 到办公室、财务科…，并与两个科室全体人员… (round 42): the list visited, for a group word pointing back at it.
  const visitedList = visitedDepartmentList(visit.segment ?? text, index);
  const wholeUnits = (t: string) => wholeUnitItems(t, index, ctx.senderId, ctx.directory.person(ctx.senderId)?.departmentId, visited, visitedList).filter((i) => !ONLY_SAT_WITH.test(t.slice(i.end)));
  const first = runPasses(text, [
    (t) => departmentMemberItems(t, index, ctx.senderId),
    (t) => departmentLeaderItems(t, index, ctx.senderId),
    (t) => mentionItems(t, ctx.mentions, index),
    (t) => surfaceItems(t, index),
    (t) => surnameTitleItems(t, index),
    (t) => familiarItems(t, index),
  ]);
  const named = first.items.some((i) => i.ids.length > 0 || i.problem);
  // Groups and bare titles only when nobody was named: 党组成员、副理事长李强 is one person.
  // 报告书记，我和王刚谈了: with a name given, a bare 书记 is someone addressed, not the counterpart.
  const second = runPasses(first.rest, [
    ...(named
      ? [
          (t: string) => wholeUnits(t).filter((i) => TURNED_TO_GROUP.test(t.slice(0, i.start)) && !first.items.some((f) => f.start >= i.end && /^[\s]*$/.test(text.slice(i.end, f.start)))),
          // 和分管科室负责人、王强 · …都谈了 还有王强副科长 (round 60, fba, t62b F1: the group silently dropped): a group word
          // listed beside a name is more people, not the name's title.
          (t: string) => (GROUP_WORD_HINT.test(t) ? groupsListedWithNames(groupItems(t, index, ctx.senderId), first.items.filter((i) => i.ids.length > 0 || i.problem), t) : []),
        ]
      : [
          wholeUnits,
          (t: string) => groupItems(t, index, ctx.senderId),
          (t: string) => topRoleItems(t, index),
        ]),
    unknownNameItems,
    // 和里明主任 · 与风雪 (round 59, fce): a name one same-sounding character off a directory name, its surname no surname.
    (t: string) => soundAlikeNameItems(t, index),
    // 和办公室里明 财务科孙丽 (round 61, gac; t63b F1): such a name right after its department's name.
    (t: string) => soundAlikeAfterDepartment(t, text, index),
    // 与孙杰及护士长 (round 40, t40a F6): a post with no name beside a name, asked who.
    unnamedPostItems,
  ]);
  let items = qualifiedByDepartment(mergeNameWithTitle(withoutCountedTitle([...first.items, ...second.items].sort((a, b) => a.start - b.start), text), text, ctx), text, index);
  const remarks: string[] = [];
  const actor = actorOf(items, text);
  // Reporting someone else's talk (张书记与李强…), the sender may well be the counterpart.
  const onBehalf = actor !== undefined && actor.ids[0] !== ctx.senderId;
  if (onBehalf) remarks.push(`谈话人为${ctx.directory.person(actor.ids[0]!)?.name ?? actor.text}（代为上报）`);
  const excluded = onBehalf ? actor.ids[0]! : ctx.senderId;
  if (actor) items = items.filter((i) => i !== actor);
  // 和孙丽副科长谈了 (round 64, gde): a name whose title another of the department holds is asked which one, both offered.
  items = items.map((i) => (i.misfit ? { ...i, ids: [], problem: { code: 'ambiguous_counterpart', text: i.text, candidateIds: [i.misfit.holder, ...i.misfit.ids], misfitOf: i.misfit.holder } } : i));
  // 会上徐辉副主任与各科室负责人签订了责任书 (round 40, t39b F7: eight records of 何平>徐辉): every department head is whom
  // the 书记, a leader or 纪检 talks or signs with; a head or deputy of one department (told as the doer, or sending their
  // own) means the 科室 of their own unit, which the directory does not hold: asked, never every head of the 机关.
  // (parseSegment passes the doer it read as senderId.)
  const doer = ctx.directory.person(onBehalf ? actor.ids[0]! : ctx.senderId);
  if (doer && doer.departmentId && !doer.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector')) {
    items = items.map((i) => (i.allHeads ? { start: i.start, end: i.end, text: i.text, ids: [], problem: { code: 'missing_counterpart' } } : i));
  }
  if (items.some((i) => !i.departmentOnly && (i.ids.length > 0 || i.problem))) items = items.filter((i) => !i.departmentOnly);

  const counterparts: Counterpart[] = [];
  const problems: ReportProblem[] = [];
  for (const item of items) {
    const problem = deputyUnglued(withoutSender(item.problem, excluded), text, item.start);
    // Settled only when the sender was one of two (王科长 said by a 王科长); 吴静静 with the one candidate 吴静 is still asked.
    const asked = item.problem?.code === 'ambiguous_counterpart' ? item.problem.candidateIds.length : 0;
    const settled = problem?.code === 'ambiguous_counterpart' && problem.candidateIds.length === 1 && asked > 1;
    // 李名主任 (round 37 fjf): the directory people one character or sound off are offered with the question; the doer's
    // own people first (round 63, gce). 李科长, no 李 a 科长: those of the surname who hold a title.
    const near = problem?.code === 'unknown_counterpart' ? nearOffered(problem.text, text, item.start, ctx, excluded) : [];
    if (problem && !settled) problems.push(problem.code === 'unknown_counterpart' && near.length > 0 ? { ...problem, nearIds: near, ...titleUnfit(problem.text, text, item.start, near, ctx) } : problem);
    if (item.remark) remarks.push(item.remark);
    const itemIds = settled ? problem.candidateIds : item.ids;
    for (const id of itemIds) {
      if (id === excluded || counterparts.some((c) => c.id === id)) continue;
      const dept = item.departmentOnly;
      counterparts.push(dept ? { id, departmentId: dept.id } : { id });
      if (dept) remarks.push(`「${item.text}」按其负责人${ctx.directory.person(id)?.name ?? ''}记录`);
    }
  }
  // 听取了孙丽的汇报，并与财务科全体人员谈话 (round 34b, §2a): whom a group word covers was talked to, whatever else they did.
  const grouped = new Set(items.filter((i) => i.group === true).flatMap((i) => i.ids));
  for (const c of counterparts) if (grouped.has(c.id)) c.inGroup = true;
  // Only what was used is masked: a department dropped in favour of a person stays in the note.
  let rest = text;
  for (const item of actor ? [actor, ...items] : items) rest = blank(rest, item.start, item.end);
  return {
    counterparts,
    ...(onBehalf ? { actorId: actor.ids[0]! } : {}),
    problems,
    remarks,
    grouped: items.some((i) => i.group === true && i.ids.length > 0),
    rest: rest.replace(/\u0000+/g, MASK),
  };
}

/** An unknown name with the 副 of the title after it glued on (徐慧副|主任): the name, the title's word right after it. */
const DEPUTY_GLUED = /^[\u4e00-\u9fa5]{2,3}副$/;
const TITLE_NEXT = /^(?:主任|科长|部长|理事长|书记)/;

/**
 * `problem` with the 副 of a title written after an unknown name taken off its text (和徐慧副主任谈了话, round 62, gbe; gac's
 * left-alone: 「徐慧副」 matched no one, so 徐辉 副主任 was never offered); `problem` itself otherwise. `start`: where the item
 * stands in `text`.
 */
function deputyUnglued(problem: ReportProblem | undefined, text: string, start: number): ReportProblem | undefined {
  if (problem?.code !== 'unknown_counterpart' || !DEPUTY_GLUED.test(problem.text)) return problem;
  const at = text.indexOf(problem.text, start);
  if (at < 0 || !TITLE_NEXT.test(text.slice(at + problem.text.length))) return problem;
  return { ...problem, text: problem.text.slice(0, -1) };
}

/** Whom to offer for the unknown name `said` at `start` in `text`: nearNames' people, else surnameTitleNear's. */
function nearOffered(said: string, text: string, start: number, ctx: ParseContext, doerId: string): string[] {
  const at = text.indexOf(said, start);
  const from = at < 0 ? start : at;
  const near = nearNames(said, text, from, from + said.length, ctx.directory, [doerId], doerId);
  return near.length > 0 ? near : surnameTitleNear(said, text, from, ctx.directory, [doerId]);
}

/**
 * `{ titleSaid }` when a title is written beside the unknown name `said` (at `start` in `text`) and none of `nearIds`
 * holds it (孙莉副科长 → 孙丽, the 科长: round 63, gce): the question says so. Empty otherwise.
 */
function titleUnfit(said: string, text: string, start: number, nearIds: string[], ctx: ParseContext): { titleSaid?: string } {
  const at = text.indexOf(said, start);
  const from = at < 0 ? start : at;
  const title = writtenTitle(text, from, from + said.length);
  if (!title) return {};
  const people = nearIds.flatMap((id) => ctx.directory.person(id) ?? []);
  return titleHolders(people, title[1], title[2]!).length === 0 ? { titleSaid: `${title[1] ?? ''}${title[2]}` } : {};
}
