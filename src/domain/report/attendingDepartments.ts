// 陈志强副理事长在教就部主持召开分管科室…会议，郑华、冯雪两位部长参加 (round 31f F6, A7: the meeting's department only 教育
// 就业部, 冯雪's 维权部 missing) · 王建国「…主持召开分管科室党风廉政建设工作会议」 · 「组织分管科室观看警示教育片《围猎》」
// (A22, C1: no department at all): the departments of a 分管科室 activity are those whose heads attended, or, with no
// department and no head named, every department the doer supervises — the 分管科室 the words name.
import type { ParseContext, ParsedReport } from './draft.js';
import { listedDepartments } from './parseTraining.js';
import { withoutVenue } from './meetingVenue.js';
import { organisedHeadDepartments } from './organisedHeadsMeeting.js';
import { ownUnitNamed } from './ownUnitNamed.js';

/** After a head's name, in the same clause: 参加 · 出席 · 列席 · 参会 · 到会 (郑华、冯雪两位部长参加). */
const ATTENDED_AFTER = /^[^,;。!?，；。！？]*?(?:参加|出席|列席|参会|到会)/;
/** Before the name, in its clause: someone talked or signed with, not one who attended (会后与郑华谈话). */
const WITH_BEFORE = /(?:与|和|跟|同|对|找|约)[^,;。!?，；。！？、]{0,4}$/;
/** 分管科室 · 分管的部门 · 分管部室 named as the activity's own (会议 or a study 组织 for them). */
const SUPERVISED_UNITS = /分管(?:的)?(?:科室|部门|部室|处室)/;
/** The kinds of a 分管科室 activity whose departments are its audience. */
const STUDIES = new Set(['edu_integrity', 'edu_warning', 'edu_lecture']);

/**
 * 我和冯雪参加 · 本人与何平主任出席 (round 47, t49b F3's kind: 冯雪's 维权部 missing, her name read as one talked with): the
 * sender and the head named together before 参加, both attending.
 */
const SENDER_AND = /(?:^|[,;。!?:，；。！？：])(?:会上|会议)?(?:我|本人)(?:和|与|跟|同)$/;

/**
 * 冯雪部长和我参加 · 我和冯雪部长参加 · 本人参加 · 我也参加了 (round 39, t38a F9): the sender among those who attended, not one
 * talked or signed with (与我…). Read from the clause's start, so 我 in 会上陈副理事长与我… is none.
 */
const SENDER_ATTENDED = /(?:^|[,;。!?:，；。！？：])[^,;。!?:，；。！？：]*?(?<![与跟同对找给])(?:我|本人)(?![们俩])[^,;。!?，；。！？]*?(?:参加|出席|列席|参会|到会)/;
/**
 * 来我部召开 · 到我们科主持召开 · 在本部门召开 (round 39, t38a F9 / t38b F2): the sender's own department as the place the
 * meeting was held.
 */
const OWN_VENUE = /(?:到|来|来到|在|莅临)[\s\u0000]*(?:我们|我|本)(?:部门|科室|部室|中心|部|科|室|处)(?![长任])/;
/** 康复部吴静部长一同参加 · 也参加了 · 一起参会: the head named came along, so the host's own head was there too. */
const ALONG = /(?:一同|一起|一并|同时|也)[\s\u0000]*(?:参加|出席|列席|参会|到会)/;

/**
 * 各分管科室负责人参加 · 分管部门全体人员 · 两个分管科室 · 分管科室联合召开: the words say the meeting was of the doer's
 * 分管科室 together, so a 我部 beside them is one of many, not the meeting's only department.
 */
const ALL_SUPERVISED = /各分管|分管(?:的)?(?:科室|部门|部室|处室)(?:的)?(?:主要)?(?:负责人|全体|人员|同志|干部|党员|都|均|一起|共同|联合)|(?:两|二|三|四|几|各)个(?:分管)?(?:科室|部门|部室|处室)|联合召开/;

/** 我科分管科室会议 · 本部门分管科室党风廉政建设工作会议: the sender's unit named before the meeting's name. */
const OWN_UNIT_MEETING = /(?:我们|我|本)(?:部门|科室|中心|部|科|室)(?:的)?分管(?:科室|部门|部室)[^,;。!?，；。！？]{0,12}会/;

/**
 * 本周一我部召开分管科室会议，陈志强副理事长出席 (round 47, t49b F4: at 教育就业部、维权部, though 维权部 was not there) · 陈
 * 副理事长在我部主持召开… · 刘芳副理事长来我们部召开…: the sender's own department, named as theirs (我部 · 本部门 · 我们中心 ·
 * 部门全体), holds the meeting alone when the doer supervises it and the words do not say the 分管科室 met together.
 */
function ownUnitHosting(text: string, doerId: string, ctx: ParseContext): string | undefined {
  if (ALL_SUPERVISED.test(text)) return undefined;
  // 出席我科分管科室会议 (我科 right before 分管, which OWN_UNIT leaves for 我部分管的…) names the sender's unit as well.
  const own = ownUnitNamed(text, ctx) ?? (OWN_VENUE.test(text) || OWN_UNIT_MEETING.test(text) ? ctx.directory.person(ctx.senderId)?.departmentId : undefined);
  return own !== undefined && ctx.directory.supervisedBy(doerId).some((d) => d.id === own) ? own : undefined;
}

/** A room right after a department's name (办公室会议室 · 财务科小会议室 · 三楼会议室 is no department at all). */
const ROOM_AFTER = /^(?:小|大|第[一二三]|[一二三四五六七八九\d]号)?(?:会议室|会议厅|会客室|活动室)/;

/**
 * Whether every mention of department `id` in `text` names a room of it (在办公室会议室主持召开分管科室…会议, round 63, gcd;
 * t65a: the meeting recorded for 办公室 only): where the meeting sat, not which departments it was of.
 */
function namedAsRoomOnly(text: string, id: string, ctx: ParseContext): boolean {
  const dept = ctx.directory.department(id);
  if (dept === undefined) return false;
  let seen = false;
  for (const surface of [dept.name, ...dept.aliases].filter((s) => s !== '')) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (!ROOM_AFTER.test(text.slice(at + surface.length))) return false;
      seen = true;
    }
  }
  return seen;
}

/** The department the sender heads, when `doerId` supervises it. */
function sendersSupervised(doerId: string, ctx: ParseContext): string | undefined {
  const dept = ctx.directory.org.departments.find((d) => d.headId === ctx.senderId);
  return dept !== undefined && ctx.directory.supervisedBy(doerId).some((d) => d.id === dept.id) ? dept.id : undefined;
}

/**
 * Whether the venue `text` names (到办公室…召开) is the sender's own department written by its name (round 41, t40a F8: a
 * 办公室 head's 到办公室主持召开…), which hosts the meeting as 来我部 does.
 */
function ownVenueNamed(text: string, doerId: string, ctx: ParseContext): boolean {
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  return own !== undefined && !OWN_VENUE.test(text) && venueDepartment(text, doerId, ctx) === own;
}

/** The department `text` names as where the meeting was held (到办公室 · 来我部 = the sender's), when the doer supervises it. */
function venueDepartment(text: string, doerId: string, ctx: ParseContext): string | undefined {
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  const supervised = new Set(ctx.directory.supervisedBy(doerId).map((d) => d.id));
  if (OWN_VENUE.test(text)) return own !== undefined && supervised.has(own) ? own : undefined;
  const masked = withoutVenue(text, ctx.directory);
  const places = listedDepartments(text, ctx.directory).filter((id) => !listedDepartments(masked, ctx.directory).includes(id));
  return places.length === 1 && supervised.has(places[0]!) ? places[0] : undefined;
}

/**
 * 王磊部长和何平主任参加 (round 52, fwbb: 何平's 康复中心 missing, her name read as one talked with): the 和 · 与 · 及 right after
 * another person of the directory (and their post) joins a list of those who attended, not a talk.
 */
function headListedBefore(before: string, ctx: ParseContext): boolean {
  const m = /(?:同志|副理事长|理事长|书记|部长|科长|副主任|主任)?[和与及]$/.exec(before);
  if (!m) return false;
  const rest = before.slice(0, m.index);
  // 郑部长和冯部长参加 (round 57, feb): the one before written by surname and post (郑部长和) lists too.
  const post = m[0].replace(/[和与及]$/, '');
  return ctx.directory.org.people.some((p) => rest.endsWith(p.name) || (post !== '' && p.name[0] === rest.slice(-1) && (p.title ?? '').endsWith(post)));
}

/** The posts a head goes by: the end of their title (教育就业部部长 → 部长). */
const HEAD_POST = /(?:部长|主任|科长)$/;

/**
 * How `head` is called by surname and post (郑部长 for 郑华, 教育就业部部长), as a list of none or one: none when their title
 * ends in no head's post, or another person of the directory has the same surname and post.
 */
function surnamePost(head: { id: string; name: string; title?: string }, ctx: ParseContext): string[] {
  const post = HEAD_POST.exec(head.title ?? '')?.[0];
  if (post === undefined) return [];
  const called = `${head.name[0]}${post}`;
  const others = ctx.directory.org.people.filter((p) => p.id !== head.id && p.name.startsWith(head.name[0]!) && (p.title ?? '').endsWith(post));
  return others.length === 0 ? [called] : [];
}

/** The departments (supervised by `doerId`) whose heads `text` says attended, in the order named. */
function attendingHeadDepartments(text: string, doerId: string, ctx: ParseContext): string[] {
  const found: Array<{ at: number; id: string }> = [];
  // 冯雪部长和我参加 from 郑华: the sender heading one of the doer's departments attended as its head.
  const sendersOwn = doerId !== ctx.senderId ? sendersSupervised(doerId, ctx) : undefined;
  const me = sendersOwn !== undefined ? SENDER_ATTENDED.exec(text) : null;
  if (me && sendersOwn !== undefined) found.push({ at: me.index + me[0].search(/我|本人/), id: sendersOwn });
  for (const d of ctx.directory.supervisedBy(doerId)) {
    const person = ctx.directory.person(d.headId ?? '');
    if (person === undefined) continue;
    // 郑部长和冯部长参加 (round 57, feb; t59b F2: 冯雪's 维权部 lost when the meeting was held 来我部): a head named by surname
    // and post attended as one named in full, when no one else of the directory goes by that surname and post.
    for (const head of [person.name, ...surnamePost(person, ctx)]) {
      let hit = false;
      for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
        if (ATTENDED_AFTER.test(text.slice(at + head.length)) && (!WITH_BEFORE.test(text.slice(0, at)) || SENDER_AND.test(text.slice(0, at)) || headListedBefore(text.slice(0, at), ctx))) {
          found.push({ at, id: d.id });
          hit = true;
          break;
        }
      }
      if (hit) break;
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/**
 * `r` with the departments of a 分管科室会议 (or a study organised for 分管科室) that `text` (the segment as written) names
 * without department names: the departments of the heads said to attend, beside those named (the venue only when it is
 * one of them), or every department the doer supervises when the activity is said to be of 分管科室 and the segment names no
 * department at all. Departments become `departmentId` (the first) and `departmentIds` (all, when more than one). Unchanged for
 * other kinds, a doer who supervises nothing, or nothing to add.
 */
export function withAttendingDepartments(r: ParsedReport, text: string, ctx: ParseContext): ParsedReport {
  const type = r.draft.type;
  // 为分管科室讲廉政党课 · 给分管部门讲了一次党课 (round 53, fka; t55b F5: no department, where 为康复部和组联部讲 kept
  // them): the 分管科室 a lecture or study is given to are its audience, as those it is organised for.
  const study = type !== undefined && STUDIES.has(type) && /(?:组织|为|给|向|对)[^,;。!?，；。！？]{0,4}分管/.test(text);
  if (type !== 'meeting_dept' && !study) return r;
  const doer = r.draft.actorId ?? ctx.senderId;
  const own = new Set(ctx.directory.supervisedBy(doer).map((d) => d.id));
  if (own.size === 0) return r;
  const current = r.draft.departmentIds ?? (r.draft.departmentId !== undefined ? [r.draft.departmentId] : []);
  // 组织郑华、冯雪召开… (round 34b, §2b): the heads gathered to it attended it.
  const heads = type === 'meeting_dept' ? [...new Set([...attendingHeadDepartments(text, doer, ctx), ...organisedHeadDepartments(text, doer, ctx.directory)])] : [];
  let ids: string[];
  if (heads.length > 0) {
    // The venue (在教就部…召开) counts only as one of the attending: the names written beside the heads stay.
    const named = listedDepartments(withoutVenue(text, ctx.directory), ctx.directory).filter((id) => current.includes(id));
    // 到我部主持召开…，康复部吴静部长一同参加 (round 39, t38b F2: 组联部 lost): a head who came along (一同/也) joined the host.
    // 来我部召开… (t38a F9): the sender's own department hosting is always one of them.
    const host = ALONG.test(text) || OWN_VENUE.test(text) || ownVenueNamed(text, doer, ctx) ? venueDepartment(text, doer, ctx) : undefined;
    ids = [...new Set([...(host !== undefined ? [host] : []), ...named, ...heads])];
  } else if (type === 'meeting_dept' && current.length > 0 && SUPERVISED_UNITS.test(text) && current.every((id) => namedAsRoomOnly(text, id, ctx))) {
    // 在办公室会议室主持召开分管科室…会议 (round 63, gcd; t65a): a department's room is where it sat; with no head named the
    // meeting is of every department the doer supervises, as with no place named.
    ids = ctx.directory.org.departments.filter((d) => own.has(d.id)).map((d) => d.id);
  } else if (type === 'meeting_dept' && current.length > 0 && ownVenueNamed(text, doer, ctx) && !current.includes(venueDepartment(text, doer, ctx)!)) {
    // 王建国副理事长到办公室主持召开分管科室…会议，财务科负责人参加 from 办公室's head (round 41, t40a F8: 办公室 lost): the
    // sender's own department named as the venue hosted it, beside the departments named as attending.
    ids = [venueDepartment(text, doer, ctx)!, ...current];
  } else if (type === 'meeting_dept' && current.length === 0 && ownUnitHosting(text, doer, ctx) !== undefined) {
    // 我部召开分管科室会议 (t49b F4): the sender's department alone, not every one the doer supervises.
    ids = [ownUnitHosting(text, doer, ctx)!];
  } else if (current.length === 0 && SUPERVISED_UNITS.test(text) && listedDepartments(text, ctx.directory).length === 0) {
    // 分管科室会议，宣文部参加 (not the doer's): a department named keeps the meeting off every other one.
    ids = ctx.directory.org.departments.filter((d) => own.has(d.id)).map((d) => d.id);
  } else return r;
  if (ids.length === 0 || (ids.length === current.length && ids.every((id) => current.includes(id)))) return r;
  const { departmentIds: _before, ...draft } = r.draft;
  return { ...r, draft: { ...draft, departmentId: ids[0]!, ...(ids.length > 1 ? { departmentIds: ids } : {}) } };
}
