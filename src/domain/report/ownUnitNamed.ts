// 我们中心 · 我们部 · 我们科 · 本部门: the sender's own department named without its name.
import type { ParseContext } from './draft.js';
import { ownBranchDepartment } from './ownBranchDepartment.js';
import { sameKindOfUnit } from './sameKindOfUnit.js';

/** The unit words a sender uses for their own department; 部门/科室 fit any, 中心/部/科/室 only a unit of that kind. */
// 组织部门全体学习 · 组织科室学习 · 部门全体参加 · 全科人员 (round 30g, A19/A21: the department lost): a bare 部门/科室 that
// the sender's staff make up (全体, or led by the sender), and 全科/全部/全室 staff, are the sender's own too; 各部门 is not.
// 本月1号组织部门看了警示教育片 (round 34b B9: recorded at once with no department): 看 is 观看 said short.
// 带部门同志观看… · 给全部门讲了廉政党课 · 为部门全体同志讲… (t44a, round 43: stored with no department, while 组织部门同志 had
// one): 带 leads the department's people as 组织/带领 do, and a whole department taught or addressed is the sender's own.
// 中心于11月21日召开… · 昨天中心组织看了警示片 (round 33a, A25/B08: no department) from a member of the 中心: a bare 中心 as
// a clause's subject is the sender's own 中心 (to others withOnlyCentre has already written it out by name); 中心搞了一次警示教育
// (t41b A4: stored with no department), 中心昨天开了… (a day between) as well.
// 组织中心全体职工观看警示教育片 · 组织中心全体医护人员开展廉洁行医教育 · 组织全部门同志学习党章 (t45a F4's kind: stored with no
// department, while 组织部门全体同志 had one): the 中心 and the whole department led by the sender are the sender's own too.
// 昨天中心警示教育我组织的 (round 47, fsd; frg #45: no department): a bare 中心 right before the deed's kind is the own 中心 too.
// 11月20日部门签订了廉政承诺书 (t47b F7: 周涛's signing stored with no department): the department signing is its own too.
// 上周中心组织看了警示片 · 本月中心开展了… (round 47, frg's note on 何平「上周中心…」: no department): a week or month said
// before the bare 中心 opens its clause as a day does. 何主任上周一在中心组织观看了警示片 (round 47, t50a F3: no department):
// 在中心 before the deed is the sender's own 中心 too.
// 11月13日部门集中学习廉政知识 (round 35a F2: no department, the clerk's own): a bare 部门/科室 opening a clause, before how
// its people did it together or the deed itself, is the sender's own department as the 中心 is. 参加科室组织的廉政教育学习
// (round 47, t50b F4: 王强's stored with no department): after 参加 too.
// 我参加了今天中心的廉政教育 · 参加了部门的警示教育 · 昨天参加了科里的学习 (t52a F4: the study stored with no department): the
// unit word right after the attending verb (a day between), before 的 and the deed, is the sender's own unit whose study it was.
// 今天上午部门还组织看了警示片 (round 53, fkd; t55a F3 B2: stored at once with no department): 还/也/又 between the bare 部门
// and its deed.
// 组织全科学习《会计法》… (round 58, fdf; t60a F1: stored with no department): 全科/全室 right before the deed, led by the
// sender, is the whole of the sender's own unit as 全科人员 is.
// 今天上午给中心全体人员上了廉政党课 (round 62, gbi; t65a F4: 何平's lecture stored at once with no department, 「中心全体人员」
// dropped without a word): the 中心's people taught or addressed (给/为/向) are the sender's own 中心 as 给全部门 is. Only with 全体/所有: 给中心职工讲了廉政党课 stays without (round 50 fxf's row).
const OWN_UNIT = /(?<=(?:参加|参与|列席|旁听|听)了?[\s\u0000]*(?:[今昨前]天|上午|下午|晚上|[上本这]周[一二三四五六日天]?|[上本这]个?月)*[\s\u0000]*)(?:中心|部门|科室|部里|科里|室里)(?=(?:组织|开展|举办|召开)?的)|我们(?:部门|科室|中心|部|科|室)|本(?:部门|科室|中心|部|科|室)(?![长任])|我(?:部|科|室|中心)(?![长任分])|(?:部|科|室)里(?!面)|(?<![各全多两几\u4e00-\u9fa5])(?:部门|科室)全体|(?<=(?:组织|带领|带)了?)(?:部门|科室)(?=全体|人员|干部|职工|同志|党员|学习|观看|看了|看警示|收看|参观|开展|集中|\u0000)|全(?:科|部|室)(?=人员|干部|职工|同志|党员)|(?<=(?:组织|带领|带)了?)(?:全?中心(?=全体|人员|干部|职工|员工|同志|党员|医护|医务)|全(?:部门|科室)|全(?:科|室)(?=[\s\u0000]*(?:集中|集体|统一|一起|学习|学了|观看|看了?|收看|参观|开展|\u0000)))|(?<=(?:给|为|向)(?:本|我们)?)(?:全(?:部门|科室)|(?:部门|科室)全体)|(?<=(?:给|为|向)(?:本|我们)?)全?中心(?=(?:的)?(?:全体|所有)(?:人员|干部|职工|员工|同志|党员|医护|医务))|(?<=^|[\s\u0000,;。:、，；：]|[0-9]日|[0-9]号|[昨今前]天|[昨今前]日|上午|下午|[上本这]周|周[一二三四五六日天]|[上本这]月|[0-9]月份?|近日|近期|日前|在)中心(?=[\s\u0000]*(?:于|召开|组织|开展|集中|全体|学习|观看|搞|举办|举行|进行|开了)|\u0000)|(?<=^|[\s\u0000,;。:、，；：]|[0-9]日|[0-9]号|[昨今前]天|[昨今前]日|上午|下午|参加了?)(?:部门|科室)(?=(?:还|也|又|再)?(?:集中|集体|统一|开会|一起|共同|专题|组织|开展|召开|举办|学习|观看|签订|签署|签了|\u0000))/;

/**
 * 会上，各部室负责人逐一汇报了本部门党风廉政建设工作情况 (round 42, t41a F13: the 党组's 形势分析会 stored at the clerk's
 * 办公室): after a clause subject of many units (各部室负责人 · 各部门 · 班子成员 · 与会人员), 本部门 is each one's own, never the
 * sender's.
 */
const EACH_OWN = /各(?:部室|部门|科室|处室|单位|支部|中心|分管)|班子成员|与会(?:人员|同志)?|参会(?:人员|同志)|党组成员|(?:部门|科室|处室)(?:主要)?负责人/;
/**
 * 10月28日组织全体人员到警示教育基地参观 (吴静) · 组织全体职工开展廉政警示教育 (何平) (t47b F7: stored with no department,
 * while 组织部门全体人员 had one): the whole staff a department head organises or leads are their own department's. 全体党员 ·
 * 全体干部 with no unit word stay the wider reading (round 44 fqa's near-misses: a branch or the 机关's cadres may be meant).
 */
const HEAD_LEADS_ALL = /(?:组织|带领|带)了?(?:全体|所有)(?:人员|职工|同志|干部职工|医护人员|医务人员|员工)/;
/** 机关全体 · 全市 · 各部门: a body wider than the head's department, whose staff those are. */
const WIDER_THAN_UNIT = /机关|全市|全区|全县|全会|系统|各(?:部室|部门|科室|单位)|残联全体/;

/** The end of a clause: 本部门 refers back to a subject in its own clause only. */
const CLAUSE_END = /[,;。!?，；！？\n]/;

/**
 * Whether the clause words `before` 本部门 name someone of another department than the sender's (`ownId`): 周涛组织本部门
 * 人员观看… from the 办公室 clerk (round 49, fvf kind 4: the film stored at the clerk's 办公室) is 周涛's own unit, never hers.
 * 配合黄志刚书记对本部门… (the inspector, of the 办公室 too) stays the sender's.
 */
function othersUnitSubject(before: string, ownId: string | undefined, ctx: ParseContext): boolean {
  return ctx.directory.org.people.some((p) => p.id !== ctx.senderId && p.departmentId !== undefined && p.departmentId !== ownId && before.includes(p.name));
}

/**
 * The id of the sender's department when `text` names it as theirs (我们中心报送信息, 本部门自查), else undefined: a
 * 财务科 clerk's 我们中心 is no unit of theirs, so nothing. Only the department is read here, never who did the deed.
 */
export function ownUnitNamed(text: string, ctx: ParseContext): string | undefined {
  // 中心党支部开展… · 我们支部组织… from the unit's head (round 44 fqe): the head's own branch is the department's.
  const branch = ownBranchDepartment(text, ctx);
  if (branch !== undefined) return branch;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  const m = [...text.matchAll(new RegExp(OWN_UNIT.source, 'g'))].find((x) => {
    const before = text.slice(0, x.index).split(CLAUSE_END).pop()!;
    return !EACH_OWN.test(before) && !othersUnitSubject(before, own?.id, ctx);
  });
  if (!m) return own && own.headId === ctx.senderId && HEAD_LEADS_ALL.test(text) && !WIDER_THAN_UNIT.test(text) ? own.id : undefined;
  if (!own) return undefined;
  const unit = /中心|部|科|室/.exec(m[0].replace(/部门|科室/, ''))?.[0];
  // 科里集体学了下廉政准则 from 康复部's head (t41a F25: asked whose): 部里/科里/室里 is how staff say "our unit" whatever its
  // kind; from the unit's head it is theirs (a 财务科 clerk's 部里 is still nobody's).
  const headsIt = /^(?:部|科|室)里$/.test(m[0]) && own.headId === ctx.senderId;
  // 我科 from 办公室 (round 57, fef, t59b F7: no department): 科 and 室 are one kind of unit.
  if (unit && !headsIt && ![own.name, ...own.aliases].some((n) => sameKindOfUnit(n, unit))) return undefined;
  return own.id;
}
