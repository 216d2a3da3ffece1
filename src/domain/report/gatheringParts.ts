// t48b F1 (round 46, the worst finding of round 45): 杨帆 pasted 「【工作动态】市残联召开2026年度警示教育大会⏎12月3日下午，市残联
// 召开警示教育大会。党组书记、理事长张伟出席会议并讲授廉政党课，会上集中观看了警示教育片《围猎之下》，并通报了近期典型案例。…共46人
// 参加。」 and the card held three records: a bare 警示教育 under the clerk (from 召开警示教育大会), the 廉政党课 with no count, and
// the film's 警示教育 with 46人. The 党课 clause between the gathering and its film split one gathering into two 警示教育. A
// gathering (召开警示教育大会 · 开了警示教育会 · 举办廉政教育大会) is no deed beside its parts: the part of its own kind is the
// gathering, one record; the day and the count are the whole gathering's, so each part has them; and the gathering's doer is
// the one the message names for it (党组召开 · 会议由X主持), else its chair, else the one who spoke at it (讲授廉政党课), else
// asked — never the clerk who pasted the news.
import type { ActivityTypeCode } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { toSimplified } from './toSimplified.js';
import type { ParseContext, ParsedReport, ReportProblem } from './draft.js';
import { leaderIds } from './leaderIds.js';

/** 警示教育大会 · 警示教育会 · 廉政教育专题会议 · 警示教育专题会: an education gathering, its kind in group 1. */
const GATHERING = /((?:警示|廉政|廉洁)教育)(?:专题)?(?:大会|会议|会)(?!议室)/g;

/** The education kinds a gathering may be, and its parts may share the count of. */
const EDUCATION: ReadonlySet<ActivityTypeCode> = new Set(['edu_warning', 'edu_integrity', 'edu_lecture']);

/**
 * 办公室又组织观看了… · 另外开展了… · 再次集中学习…: a second occasion said outright; the records of one kind then stay apart
 * (two films on one day are two 警示教育). 会上又… · 随后又… · 还又… go on at the same gathering.
 */
const ANOTHER_OCCASION = /(?<!(?:会上|会议上|会中|随后|会后|期间|其间|还|并|接着|之后|紧接着)[,，\s]*)(?:又|再次|另外|另行|另)(?:一次)?(?:组织|集中|召开|开展|观看|学习|进行|举办|参观)/;

/** A title that makes a chair (党组书记、理事长张伟主持 · 会议由张伟同志主持). */
const TITLE = '(?:同志)?(?:[\\u4e00-\\u9fa5]{0,6}?(?:书记|理事长|主任|科长|部长))?(?:同志)?';

/** The kinds of education gatherings `text` names, as type codes. */
function gatheringKinds(text: string): Set<ActivityTypeCode> {
  const kinds = new Set<ActivityTypeCode>();
  for (const m of text.matchAll(GATHERING)) {
    const code = findKinds(m[1]!)[0]?.code;
    if (code !== undefined && EDUCATION.has(code)) kinds.add(code);
  }
  return kinds;
}

/** The one person the text says chaired (X主持 · 由X主持 · 我主持), as a directory id; undefined when none or several. */
function chairOf(text: string, ctx: ParseContext): string | undefined {
  const chairs = ctx.directory.org.people.filter((p) => new RegExp(`${p.name}${TITLE}[\\s\\u0000]*主持`).test(text)).map((p) => p.id);
  if (/(?:^|[,，;；。\s由])我(?:来)?主持/.test(text)) chairs.push(ctx.senderId);
  const distinct = [...new Set(chairs)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** Whether `r` may be asked or given a doer: no one talked to, no question but its day or whose it is. */
function partLike(r: ParsedReport): boolean {
  return r.draft.counterpartIds.length === 0 && r.problems.every((p) => p.code === 'missing_date' || p.code === 'missing_actor' || p.code === 'ambiguous_actor');
}

const actorAsked = (p: ReportProblem) => p.code === 'missing_actor' || p.code === 'ambiguous_actor';

/** The one value `values` hold besides undefined, or undefined (none, or two that differ: `conflict` then). */
function oneOf<T>(values: Array<T | undefined>): { value?: T; conflict: boolean } {
  const set = [...new Set(values.filter((v): v is T => v !== undefined))];
  return set.length > 1 ? { conflict: true } : { value: set[0], conflict: false };
}

/** Whose a gathering is: someone named (`id`, undefined for the sender), or asked among `candidateIds`. */
type GatheringDoer = { id: string | undefined; departmentId?: string } | { candidateIds: string[] };

/** Whether `personId` answers for nothing of their own: no leader, no department head, no 书记 (a clerk). */
function isClerk(personId: string, ctx: ParseContext): boolean {
  const person = ctx.directory.person(personId);
  if (person === undefined) return false;
  if (person.roles.includes('secretary') || person.roles.includes('leader') || /书记/.test(person.title ?? '')) return false;
  return !ctx.directory.org.departments.some((d) => d.headId === personId);
}

/** 市残联 · 机关 · 党组 · 我会: a body over the departments, whose gathering is no department's. */
const ORG_BODY = /市残联|残联|机关|党组|我会|本会|全系统|全市/;

/** 部门 · 科室 · 部里 · 我部 · 本科室: the writer's own unit, unnamed. */
const OWN_UNIT = /部门|科室|部里|科里|室里|我部|我科|我室|本部|本科|本室/;

/**
 * Whether `r` was put on the sender's department head only because a clerk told of a collective deed (集中观看 · 组织学习)
 * of a gathering the text says a body over the departments held (市残联召开警示教育大会，会上集中观看… from 杨帆 was 王磊's):
 * no department on the record, neither the head nor the department named.
 */
function headGuessed(r: ParsedReport, text: string, ctx: ParseContext): boolean {
  const dept = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (dept?.headId === undefined || dept.headId === ctx.senderId || r.draft.actorId !== dept.headId || r.draft.departmentId !== undefined) return false;
  const head = ctx.directory.person(dept.headId);
  if (head === undefined || text.includes(head.name) || [dept.name, ...dept.aliases].some((n) => text.includes(n))) return false;
  return ORG_BODY.test(text) && !OWN_UNIT.test(text);
}

/** Whether the sender heads a department and the text says their own unit held it (部门开了警示教育会 from 吴静). */
function headsOwnUnit(text: string, ctx: ParseContext): boolean {
  const dept = ctx.directory.org.departments.find((d) => d.headId === ctx.senderId);
  return dept !== undefined && (OWN_UNIT.test(text) || [dept.name, ...dept.aliases].some((n) => text.includes(n)));
}

/**
 * Whose the gathering told by `group` (one kind, one day, in order: the first is the gathering's own clause) is: the one
 * doer the records named (党组召开… · 会议由张伟主持 · 康复中心召开… its head); else the chair the text names; the head who
 * sent their own unit's; the one who lectured that day (`lectures`); the question a record asked. Left to the sender only
 * when they may hold it: a clerk's gathering told with no 我, or one put on their head while a body held it, is asked
 * (t48b F1: the clerk 杨帆 got a 警示教育 of a 大会 she only pasted the news of). Undefined: as the records say.
 */
function gatheringDoer(group: ParsedReport[], lectures: ParsedReport[], text: string, ctx: ParseContext): GatheringDoer | undefined {
  const named = oneOf(group.filter((r) => !r.problems.some(actorAsked) && !headGuessed(r, text, ctx)).map((r) => r.draft.actorId));
  // 部门开了个警示教育会 from 刘洋: the head's, at the sender's department.
  const senderUnit = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  const atOwnUnit = senderUnit !== undefined && named.value === senderUnit.headId && OWN_UNIT.test(text) && !ORG_BODY.test(text) ? { departmentId: senderUnit.id } : {};
  if (named.value !== undefined && !named.conflict) return { id: named.value, ...atOwnUnit };
  const chair = chairOf(text, ctx);
  if (chair !== undefined) return { id: chair };
  // 部门开了警示教育会 from 吴静: hers, at her department (unless whose it is was asked: 王副理事长…到我科参加警示教育会并讲话, round 39).
  const ownUnit = ctx.directory.org.departments.find((d) => d.headId === ctx.senderId);
  if (ownUnit !== undefined && headsOwnUnit(text, ctx) && group.every((r) => r.draft.actorId === undefined && !r.problems.some(actorAsked))) return { id: undefined, departmentId: ownUnit.id };
  const lecturer = oneOf(lectures.map((r) => r.draft.actorId ?? ctx.senderId));
  if (lectures.length > 0 && !lecturer.conflict) return { id: lecturer.value };
  const asked = group.flatMap((r) => r.problems.filter(actorAsked))[0];
  if (asked?.code === 'missing_actor') return { candidateIds: asked.candidateIds };
  if (asked !== undefined || named.conflict) return undefined;
  const guessed = group.some((r) => headGuessed(r, text, ctx));
  if (!guessed && (!isClerk(ctx.senderId, ctx) || /我/.test(text) || !ORG_BODY.test(text))) return undefined;
  const dept = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  const leaders = leaderIds(ctx.directory);
  return { candidateIds: [...new Set([...(dept?.headId !== undefined ? [dept.headId] : []), ...leaders, ctx.senderId])] };
}

/** The records of `group` (one kind, one day, the first the gathering) as the one record of the gathering, `doer`'s. */
function joined(group: ParsedReport[], doer: GatheringDoer | undefined, ctx: ParseContext): ParsedReport {
  const [first] = group;
  const title = oneOf(group.map((r) => r.draft.title)).value;
  const attendees = oneOf(group.map((r) => r.draft.attendees)).value;
  const departmentId = oneOf(group.map((r) => r.draft.departmentId)).value ?? (doer !== undefined && 'id' in doer ? doer.departmentId : undefined);
  const notes = [...new Set(group.flatMap((r) => (r.draft.note !== undefined ? [r.draft.note] : [])))];
  const actorId = doer === undefined ? group.find((r) => r.draft.actorId !== undefined)?.draft.actorId : 'id' in doer ? doer.id : undefined;
  const { actorId: _a, title: _t, attendees: _n, departmentId: _d, note: _o, ...rest } = first!.draft;
  const draft = {
    ...rest,
    ...(actorId !== undefined && actorId !== ctx.senderId ? { actorId } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(attendees !== undefined ? { attendees } : {}),
    ...(departmentId !== undefined ? { departmentId } : {}),
    ...(notes.length > 0 ? { note: notes.join('；') } : {}),
    ...(group.some((r) => r.draft.allMembers) ? { allMembers: true } : {}),
    ...(group.some((r) => r.draft.unitCount) ? { unitCount: true } : {}),
  };
  const dateAsked = draft.date === undefined ? group.flatMap((r) => r.problems).find((p) => p.code === 'missing_date') : undefined;
  const actorProblem: ReportProblem[] = doer === undefined ? group.flatMap((r) => r.problems.filter(actorAsked)).slice(0, 1) : 'candidateIds' in doer ? [{ code: 'missing_actor', candidateIds: doer.candidateIds }] : [];
  const problems = [...(dateAsked !== undefined ? [dateAsked] : []), ...actorProblem];
  const whose = actorId !== undefined && actorId !== ctx.senderId && actorProblem.length === 0 ? ctx.directory.person(actorId)?.name : undefined;
  // A 代为上报 remark of a doer the record no longer has goes; the rest are kept once.
  const own = `按${whose}的活动记录（代为上报）`;
  const remarks = [...new Set(group.flatMap((r) => r.remarks))].filter((m) => !/^按.+的活动记录（代为上报）$/.test(m) || m === own);
  if (whose !== undefined && !remarks.includes(own)) remarks.push(own);
  if (group.length > 1) remarks.push('召开的大会（会议）和会上的同类活动是同一次活动，合记为一条');
  const reasons = [...new Set([...group.flatMap((r) => r.reasons ?? []), ...(group.length > 1 ? (['items'] as const) : []), ...(whose !== undefined ? (['third_person'] as const) : [])])];
  return { ...first!, draft, problems, remarks, reasons };
}

/**
 * `reports` with the records of one education gathering joined (t48b F1): when `text` names a gathering of a kind
 * (警示教育大会 · 廉政教育会议 …) and two or more records of that kind share a day, no one talked to, at most one title, one
 * count and one department, and nothing says a second occasion (又组织观看…), they are one record, whose doer is said by
 * gatheringDoer (a lone record of the gathering too); and every education record of that day without a count takes the
 * gathering's. Any other shape is returned as it was.
 */
export function withGatheringPartsJoined(reports: ParsedReport[], raw: string, ctx: ParseContext): ParsedReport[] {
  const text = toSimplified(raw);
  const kinds = gatheringKinds(text);
  if (kinds.size === 0 || ANOTHER_OCCASION.test(text)) return reports;
  let out = reports;
  for (const kind of kinds) {
    const same = out.filter((r) => r.draft.type === kind && partLike(r));
    const days = [...new Set(same.map((r) => r.draft.date))];
    for (const day of days) {
      const group = same.filter((r) => r.draft.date === day);
      if (oneOf(group.map((r) => r.entry)).conflict) continue;
      if (oneOf(group.map((r) => r.draft.title)).conflict || oneOf(group.map((r) => r.draft.attendees)).conflict || oneOf(group.map((r) => r.draft.departmentId)).conflict) continue;
      // The lecture of that day: its lecturer spoke at the gathering.
      const lectures = out.filter((r) => r.draft.type === 'edu_lecture' && r.draft.date === day && !r.problems.some(actorAsked));
      const one = joined(group, gatheringDoer(group, lectures, text, ctx), ctx);
      out = out.flatMap((r) => (r === group[0] ? [one] : group.includes(r) ? [] : [r]));
    }
  }
  return withGatheringCount(out, kinds);
}

/** Whether `r` is an education record held on `day` with no one talked to (a part of a gathering that day). */
const educationOn = (r: ParsedReport, day: string) => r.draft.type !== undefined && EDUCATION.has(r.draft.type) && r.draft.date === day && r.draft.counterpartIds.length === 0;

/**
 * The gathering's count given to each education record of its day that has none (the 党课 of t48b F1 lost the 46): on a
 * day a record of the gathering's kind holds, the one count the education records of that day hold. Talks and signings
 * keep theirs; two counts that differ are left as written.
 */
function withGatheringCount(reports: ParsedReport[], kinds: Set<ActivityTypeCode>): ParsedReport[] {
  const days = [...new Set(reports.filter((r) => r.draft.type !== undefined && kinds.has(r.draft.type) && r.draft.date !== undefined).map((r) => r.draft.date!))];
  let out = reports;
  for (const day of days) {
    const counts = oneOf(out.filter((r) => educationOn(r, day)).map((r) => r.draft.attendees));
    if (counts.conflict || counts.value === undefined) continue;
    const attendees = counts.value;
    const remark = `大会（会议）的参加人数（${attendees}人）按同一场活动的每一项记录`;
    out = out.map((r) => (educationOn(r, day) && r.draft.attendees === undefined ? { ...r, draft: { ...r.draft, attendees }, remarks: [...r.remarks, remark], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] } : r));
  }
  return out;
}
