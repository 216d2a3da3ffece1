// 办公室对财务科考勤进行了检查 · 组联部到康复部查了工作纪律: a department standing as the subject of a check made it; it is no place checked.
import { blank } from './parseCounterpartItems.js';
import { directoryIndex, type DirectoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext } from './draft.js';

/** Before the department, within its clause: nothing but a day (masked), a time of day or 近日. */
// 11月份宣文部于11月18日开展了… (round 36): a month (not masked as a day) may open the clause too.
// 昨天配合办公室对本科室报销凭证进行了检查 (round 41, t40b F13: the sender the doer, 办公室 the place): the department the
// sender assisted (配合/协助) made the check; the sender only helped. 协同组联部对财务科… (round 57, fee; fge's left-alone:
// stored as 周涛's check) is working together with it, as 会同/联合 are: the department is beside the sender, no doer.
const OPENS_CLAUSE = /^[\s\u0000]*(?:近日|日前|近期|本月|上月|\d{1,2}月份?)?[\s\u0000]*(?:上午|下午|晚上)?[\s\u0000]*(?:(?:我|本人|我们|我科|我部)?(?:又|还|也)?(?:配合|协助)(?:了)?)?[\s\u0000]*$/;

/**
 * After the department: perhaps 于 + when, perhaps 牵头/组织/带队 (how it led it), then 对 + what it checked (对照/对标/对接
 * are no checking), or going to a place (到/赴/深入/前往), checked by the caller to name a department or 各….
 */
const CHECKS_AFTER = /^[\s\u0000]*(?:于[^,;。!?]{0,12}?)?[\s\u0000,]*(?:牵头|组织|带队|派员|抽调人员|安排专人)?[\s\u0000]*(?:(对)(?!照|标|接|应|口|面|外)|(到|赴|深入|前往|来到))/;

/** After the department: perhaps 于 + when, then 开展/进行/组织(开展)/集中开展 (it held the check), before the check's words. */
const HELD_AFTER = /^[\s\u0000]*(?:于[^,;。!?]{0,12}?)?[\s\u0000,]*(?:牵头|集中|统一)?(?:组织开展|组织|开展|进行|展开)了?(?:一次|一轮|了一次)?/;

/** The sender's own unit said without its name (部里 · 我们科室 · 本部门 · 科室), as the subject of the check. */
// 上周三中心开展了专项资金检查 from the 中心's head (round 47, t49a O3's kind): a bare 中心 is the sender's own, when theirs is one.
const OWN_UNIT = /我们(?:部门|科室|中心|部|科|室)|本(?:部门|科室|中心)|我(?:部|科|室)(?![长任分])|(?:部|科|室)里(?!面)|部门|科室|中心(?!组|主任|领导)/g;

/** Where the check went (到 X): a department of the directory, or 各…/全…/机关… (every one of a kind). */
function placeAhead(after: string, index: DirectoryIndex): boolean {
  const rest = after.replace(/^[\s\u0000]+/, '');
  if (/^(?:各|全|机关|所有)/.test(rest)) return true;
  const first = rest.matchAll(index.surfaces).next().value;
  return first !== undefined && first.index === 0 && index.departmentBySurface.has(first[0]);
}

/** The start of the clause holding `at`. */
const clauseStart = (text: string, at: number) => Math.max(...[',', ';', '。', '!', '?', ':', '\n', '，', '；'].map((c) => text.lastIndexOf(c, at - 1))) + 1;

/** Whether a department named at `start`..`end` of `text` opens its clause and then checks (对…, 到 a place…). */
function checksFrom(text: string, start: number, end: number, index: DirectoryIndex, leaderColumns = false): boolean {
  if (!OPENS_CLAUSE.test(text.slice(clauseStart(text, start), start))) return false;
  const after = text.slice(end);
  const m = CHECKS_AFTER.exec(after);
  if (m !== null && (m[1] !== undefined || placeAhead(after.slice(m[0].length), index))) return true;
  // 王建国｜1. 11月20日 办公室 开展作风纪律检查 和林晓同行 (round 51, fzbb; from fza: a card with 李明 as the doer and no
  // department): `leaderColumns`, the sender one whose work is checking others (书记 · 班子成员 · 纪检), and the department a
  // column of its line (spaces before and after it, after the day): it is the place the sender's check went to.
  // 办公室开展了考勤检查 from its head (round 36, ffc: 办公室 stored as the place checked): a department that 开展/进行/组织 the
  // (masked) check, or a check of a place named right after, made it; with no place named the check keeps none.
  const held = HELD_AFTER.exec(after);
  if (held !== null && leaderColumns && /\s$/.test(text.slice(0, start)) && /^\s/.test(after)) return false;
  // 中心开展了工作纪律检查 (round 47, t49a O3's kind): a few words of what was checked (工作 · 上班) may stand before the check's.
  return held !== null && (/^[\s]*(?:[^\s\u0000,;。!?，；\n]{1,4})?\u0000/.test(after.slice(held[0].length)) || placeAhead(after.slice(held[0].length), index));
}

/** The department that made a check: its id and where its words lie in the text read. */
export interface CheckingDepartment {
  departmentId: string;
  start: number;
  end: number;
}

/**
 * The department `text` (one check's words, day and type masked) names as the check's subject — 办公室对各部室考勤进行了检查,
 * 组联部到康复部检查…, 部里对…进行了抽查 from one of its members — or undefined. Round 35a F3 (A22): 胡军's 「办公室对财务科考勤进行了
 * 检查」 was stored at once as his own check of 办公室; the office's check is its head's, and the office checked none of itself.
 * Bodies (机关纪委, 纪检组) are bodyAsDoer's; a department after 对/到 is a place, never the subject.
 */
export function checkingDepartment(text: string, ctx: ParseContext): CheckingDepartment | undefined {
  const index = directoryIndex(ctx.directory);
  for (const m of text.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (dept && checksFrom(text, m.index, m.index + m[0].length, index, checksOthers(ctx))) return { departmentId: dept.id, start: m.index, end: m.index + m[0].length };
  }
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!own) return undefined;
  for (const m of text.matchAll(OWN_UNIT)) {
    // 部里/中心 name the sender's unit only when it is one of that kind (a 财务科 clerk's 部里 is nobody's).
    const unit = /中心|部|科|室/.exec(m[0].replace(/部门|科室/, ''))?.[0];
    if (unit && ![own.name, ...own.aliases].some((n) => n.includes(unit))) continue;
    if (checksFrom(text, m.index, m.index + m[0].length, index)) return { departmentId: own.id, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Whether the sender is one whose own work is checking departments: the secretary, a leader, or 纪检. */
export function checksOthers(ctx: ParseContext): boolean {
  const roles = ctx.directory.person(ctx.senderId)?.roles ?? [];
  return roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector');
}

/** `text` with the checking department's words masked, so the places read after it are only those it checked. */
export function withoutCheckingDepartment(text: string, ctx: ParseContext): string {
  const found = checkingDepartment(text, ctx);
  return found ? blank(text, found.start, found.end) : text;
}
