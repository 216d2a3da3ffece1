// 和办公室新来的同志廉政谈话 · 与维权部一名同志 · 康复中心一位医生 (round 25b §2): someone OF a department, unnamed, was
// read as the department itself and so as its head, marking the leader's talk with the head done for a pair that never
// talked. The head is meant only when the post is named (部长/主任/科长/负责人); otherwise the member is asked who.
import type { Department, Person } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { alternation, directoryIndex } from './parseDirectoryIndex.js';
import { isLectureAudience } from './lectureAudience.js';
import { oncePer } from './oncePer.js';
import { nameShapedAt } from './parseCounterpartGroups.js';

/** The deeds done with a person, where a department's head would have been taken for the department. */
const WITH_SOMEONE = new Set<string>(['talk_integrity', 'talk_heart', 'pledge_sign']);

/** Words between the department and the person: 的, 新来的, 一名, 一个年轻 … (never a post such as 负责, 全体). */
const QUALIFIER = '(?:的)?(?:新来的?|新调来的?|新调入的?|新入职的?|刚来的?|刚入职的?|刚调来的?|今年新进的?|新进的?)?(?:一|两|二|三|几)?(?:名|位|个)?(?:年轻的?|新)?';
/** A member of staff named only by what they are. */
export const STAFF_NOUN = '(?:同志们?|同事们?|科员|干部|小伙子|小伙|小姑娘|姑娘|医生|医师|护士|康复师|治疗师|司机|驾驶员|党员|职工|员工|工作人员|实习生|见习生|老同志|小同志|人)';

/** The department's post, named: then its head is meant. */
const POST = /^(?:的)?(?:主要)?(?:副)?(?:部长|主任|科长|负责人|负责同志|一把手|领导)/;

interface Unnamed {
  department: Department;
  words: string;
  noun: string;
  /** 财务科科员张小红: the name right after the post, which the directory does not hold (round 54, fjf). */
  newcomer?: string;
}

/** Department surface + qualifier + staff noun, built once per directory (issue 14: never a pattern of names per message). */
const staffPattern = oncePer((directory: ParseContext['directory']): RegExp | null => {
  const surfaces = alternation(directoryIndex(directory).departmentBySurface.keys());
  return surfaces ? new RegExp(`(${surfaces})(${QUALIFIER})(${STAFF_NOUN})`, 'g') : null;
});

function unnamedIn(text: string, ctx: ParseContext): Unnamed[] {
  const { departmentBySurface } = directoryIndex(ctx.directory);
  const pattern = staffPattern(ctx.directory);
  if (!pattern) return [];
  const found: Unnamed[] = [];
  // matchAll works on a copy of a global pattern, so the shared one keeps no lastIndex between messages.
  for (const m of text.matchAll(pattern)) {
    const [, surface, qualifier, noun] = m;
    // 人 alone only with a count (一名人 is not said; 一个人 is): 康复部人 is no one.
    if (noun === '人' && !/[一两二三几][名位个]/.test(qualifier!)) continue;
    // 为宣文部党员讲授廉政党课 (round 28 h28): a lecture's audience is no one talked to.
    if (isLectureAudience(text, m.index, m.index + m[0].length)) continue;
    // 带宣文部和康复中心的党员去…参观，…，回来后跟何平主任签了责任书 (t47a F3: a second signing asked 「康复中心的党员」 who,
    // twice): a group led or organised (带 · 带领 · 组织 · 率 · 召集) in its clause took part in that deed, no one signed with.
    if (ledInClause(text, m.index)) continue;
    // 办公室科员王芳、胡军 (round 33c, A18): a post with the names right after it is those people, no one unnamed.
    const after = text.slice(m.index + m[0].length);
    if (ctx.directory.org.people.some((p) => after.startsWith(p.name))) continue;
    // 与新调入的财务科科员张小红进行了任前廉政谈话 (round 54, fjf, t56a F6: 「财务科科员」是哪一位？ offered 李娟/王强, and after
    // 不在名单里 the refusal named the post, never 张小红): a name after the post is that person, asked about by their name.
    const newcomer = nameShapedAt(text, m.index + m[0].length);
    found.push({ department: departmentBySurface.get(surface!)!, words: m[0], noun: noun!, ...(newcomer !== undefined ? { newcomer } : {}) });
  }
  return found;
}

/** 带 · 带领 · 率 · 组织 · 召集 · 动员 before a group, in its clause: those led to a deed, its participants. */
const LED = /(?:带领?|率领?|组织|召集|动员)[^，,；;。！？!?和与跟同对]*(?:和[^，,；;。！？!?与跟同对]*)?$/;

/** Whether the words at `at` in `text` are led (LED) within their clause (from the last ，；。 before them). */
function ledInClause(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const clause = before.slice(Math.max(...['，', ',', '；', ';', '。', '！', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1);
  return LED.test(clause);
}

/**
 * The department's own staff (not its head, nor a leader or 纪检 officer, nor the sender `senderId`), those whose title
 * fits `noun` first. 张颖「和组联部同志谈了谈」 (round 38, t37c F15: 周涛 taken on a guess; 张颖 herself offered): when the
 * sender is the only one of its staff, the department's other members are offered — its head among them, as a choice the
 * question says is the department's people, never taken.
 */
function staffOf(department: Department, noun: string, people: Person[], senderId: string): string[] {
  const staff = people.filter((p) => p.departmentId === department.id && p.id !== department.headId && p.id !== senderId && !p.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector'));
  const ids = [...staff.filter((p) => fitsNoun(p, noun)), ...staff.filter((p) => !fitsNoun(p, noun))].map((p) => p.id);
  return ids.length > 0 || department.headId === senderId ? ids : [department.headId];
}

/** Whether `p`'s title is the staff noun said (医生/医师 a 医…, 科员 a 科员); other nouns fit no title. */
function fitsNoun(p: Person, noun: string): boolean {
  return /医生|医师/.test(noun) ? /医/.test(p.title) : /科员/.test(noun) ? /科员/.test(p.title) : false;
}

/**
 * 杨帆「王磊部长本周廉政工作：⏎11月24日与宣文部科员进行了谈心谈话」 (round 43, t43a F2: a second record asked 「宣文部科员」
 * with no one offered, the sender left out as the doer would be): when someone else held the talk, the sender is one of
 * the department's staff it may have been with. The sender, when they are the only one whose title the noun says (宣文部's
 * one 科员), is meant; otherwise undefined, and the question offers the sender among the others.
 */
function senderMeant(department: Department, noun: string, people: Person[], senderId: string): boolean {
  const fitting = people.filter((p) => p.departmentId === department.id && p.id !== department.headId && fitsNoun(p, noun));
  return fitting.length === 1 && fitting[0]!.id === senderId;
}

/** A group's note (「财务科三名同志」按孙丽、王强、李娟共3人记录): the words a group reader expanded, and the people it gave. */
const GROUP_NOTE = /^「([^」]+)」按.+共\d+人(?:分别)?记录$/;

/**
 * Whether `r` is a group reading of `department`'s people (与财务科三名同志: everyone of it, round 68, ghc): its counted
 * staff are those people, no one unnamed to ask about.
 */
function groupOfUnit(r: ParsedReport, department: Department): boolean {
  return r.remarks.some((m) => {
    const words = GROUP_NOTE.exec(m)?.[1];
    return words !== undefined && [department.name, ...department.aliases].some((s) => s !== '' && words.includes(s));
  });
}

/**
 * Talks and signings whose counterpart was taken to be the head of a department the message names only through one of
 * its staff, unnamed (`办公室新来的同志`, `维权部一名同志`, `教育就业部的一位科员`, `财务科的同志`): the head is taken out
 * and the member asked 「…」是哪一位？ with the department's staff as candidates (and 不在名单里). When the head's post is
 * also named (办公室主任和新来的同志), the head stays and the staff member is asked as a record of its own. Unchanged when
 * the head is named by name or post, or the message names no such person.
 */
export function withUnnamedStaffAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const unnamed = unnamedIn(text, ctx);
  if (unnamed.length === 0) return reports;
  const out: ParsedReport[] = [];
  const asked = new Set<string>();
  for (const r of reports) {
    // 李明「和办公室新来的同志谈心」: his own unit was no counterpart, so whom was asked with no one offered; now its staff.
    // 办公室的同志们 (several) keeps 和谁谈的？, where several names can be answered.
    const unasked = r.draft.counterpartIds.length === 0 && unnamed.length === 1 && !/们|几|[两二三][名位个]/.test(unnamed[0]!.words) && r.problems.some((p) => p.code === 'missing_counterpart');
    const one = unasked ? unnamed[0] : unnamed.find((u) => r.draft.counterpartIds.includes(u.department.headId));
    // 和组联部同志谈了谈 (round 38, t37c F15): a talk of no type with the head taken for the department is asked too.
    const withSomeone = r.draft.type === undefined ? one !== undefined && (unasked || r.draft.counterpartIds.includes(one.department.headId)) : WITH_SOMEONE.has(r.draft.type);
    if (!one || !withSomeone || groupOfUnit(r, one.department)) {
      out.push(r);
      continue;
    }
    const head = ctx.directory.person(one.department.headId);
    const surfaces = [one.department.name, ...one.department.aliases];
    const headNamed =
      !unasked &&
      ((head !== undefined && text.includes(head.name)) ||
        surfaces.some((s) => text.split(s).slice(1).some((after) => POST.test(after))));
    // Held by someone else (王磊部长…与宣文部科员): the sender is of the staff, and the doer is not.
    const byOther = r.draft.actorId !== undefined && r.draft.actorId !== ctx.senderId;
    const single = !/们|几|[两二三][名位个]/.test(one.words);
    if (byOther && single && senderMeant(one.department, one.noun, ctx.directory.org.people, ctx.senderId) && !r.draft.counterpartIds.includes(ctx.senderId)) {
      const rest = r.draft.counterpartIds.filter((id) => id !== one.department.headId && id !== r.draft.actorId);
      if (asked.has(one.words)) continue;
      asked.add(one.words);
      out.push({ ...r, draft: { ...r.draft, counterpartIds: [...rest, ctx.senderId], departmentId: r.draft.departmentId ?? one.department.id }, problems: r.problems.filter((p) => p.code !== 'missing_counterpart'), remarks: [...r.remarks, `「${one.words}」按您本人记录`], reasons: [...(r.reasons ?? []), 'items'] });
      continue;
    }
    const others = byOther ? ctx.directory.org.people.filter((p) => p.id === ctx.senderId && p.departmentId === one.department.id).map((p) => p.id) : [];
    // A newcomer named after the post is asked by name with no one offered: 「张小红」不在名单 tells whom the admin must add.
    const problem = one.newcomer !== undefined ? { code: 'unknown_counterpart' as const, text: one.newcomer } : { code: 'ambiguous_counterpart' as const, text: one.words, candidateIds: [...others, ...staffOf(one.department, one.noun, ctx.directory.org.people, ctx.senderId).filter((id) => id !== r.draft.actorId)] };
    if (headNamed) {
      out.push(r);
      if (asked.has(one.words)) continue;
      asked.add(one.words);
      out.push({ ...r, draft: { ...r.draft, counterpartIds: [] }, problems: [...r.problems.filter((p) => p.code !== 'missing_counterpart'), problem], remarks: [], reasons: [...(r.reasons ?? []), 'items'] });
      continue;
    }
    const rest = r.draft.counterpartIds.filter((id) => id !== one.department.headId);
    // The newcomer asked by name was never the head: the card does not say 「财务科」按其负责人孙丽记录.
    const remarks = one.newcomer !== undefined ? r.remarks.filter((m) => !m.endsWith(`按其负责人${head?.name ?? ''}记录`)) : r.remarks;
    out.push({ ...r, draft: { ...r.draft, counterpartIds: rest }, problems: [...r.problems.filter((p) => p.code !== 'missing_counterpart'), problem], remarks });
  }
  return out;
}
